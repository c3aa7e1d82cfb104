using WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Application.Commands;

// Step 6, the improvement cycle: commands that change a werkgroep's monitoring (WerkgroepMonitoring),
// from the due card in a data owner's 1:1 chat, the werkgroep's cards or the board. They carry the
// werkgroep id as CardWerkgroepId: a 1:1 chat is bound to no werkgroep, so the card says which one.
public abstract record MonitoringCommand : WerkgroepCommand;

// A moderator makes a member the data owner of an indicator; Since (yyyy-MM-dd) is the first day
// whose period is asked for (default today).
public sealed record AssignDataOwner(string IndicatorId, string OwnerUserId, string? Since = null) : MonitoringCommand;

// The data owner (or a moderator) records a period's value: Value, or Numerator with Denominator.
// A second value for the same period is a correction; the first stays in the history.
public sealed record RecordMeasurement(
    string IndicatorId,
    string Period,
    decimal? Value = null,
    decimal? Numerator = null,
    decimal? Denominator = null,
    string? Source = null,
    string? Note = null) : MonitoringCommand;

// A partner adds a story (vertellen), linked to indicators and/or results.
public sealed record AddStory(
    string Text,
    StoryPerspective Perspective,
    IReadOnlyList<string> IndicatorIds,
    IReadOnlyList<string> ResultIds,
    string? Period = null,
    string? Theme = null,
    bool IsQuote = false,
    bool ConsentGiven = false) : MonitoringCommand;

// A moderator records the reflection meeting and its improvement actions.
public sealed record RecordReflection(
    string WhatWeSee,
    string? WhatItMeans,
    string? WhatWeChange,
    IReadOnlyList<ImprovementActionDraft> Actions,
    string? Period = null) : MonitoringCommand;

// Due is yyyy-MM-dd. OwnerUserId: a member as owner (who may then mark it done); else OwnerName names
// someone outside the werkgroep.
public sealed record ImprovementActionDraft(string Text, IReadOnlyList<string> ActivityIds, string OwnerName, string Due, string? OwnerUserId = null);

// The action's owner or a moderator marks an improvement action done.
public sealed record CompleteImprovementAction(string ActionId) : MonitoringCommand;

// A moderator sends the due cards of one organisation (or of all) now.
public sealed record NudgeDataOwners(string? Organisation = null) : MonitoringCommand;
