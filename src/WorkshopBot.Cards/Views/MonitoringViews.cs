using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Cards.Views;

// The due card in a data owner's 1:1 chat: one indicator, its missing periods (oldest first) and the
// entry form; AsksFraction when the definition sheet has a numerator (teller) and denominator (noemer).
// No missing periods: the card thanks the owner. Error: a refusal shown above what was typed.
public sealed record DueCardView(
    string WerkgroepId,
    string WerkgroepName,
    string IndicatorId,
    string IndicatorName,
    string? Definition,
    string? Baseline,
    string? Target,
    string? DataSource,
    bool AsksFraction,
    IReadOnlyList<MonitoringPeriod> MissingPeriods,
    string? Error = null);

public sealed record ChoiceView(string Id, string Title);

// A story is linked to one or more of the werkgroep's results and/or indicators. Draft: what was typed,
// when the form comes back with a refusal (nothing is lost).
public sealed record StoryFormView(
    string WerkgroepId,
    IReadOnlyList<ChoiceView> Results,
    IReadOnlyList<ChoiceView> Indicators,
    string? Error = null,
    AddStory? Draft = null);

// Members: who can own an improvement action (an owner outside the werkgroep is typed by name). The
// previous reflection's actions (where this cycle starts) come from Monitoring.Reflections.
public sealed record ReflectionFormView(
    string WerkgroepId,
    MonitoringView Monitoring,
    IReadOnlyList<ChoiceView> Activities,
    IReadOnlyList<ChoiceView> Members,
    string? Error = null,
    RecordReflection? Draft = null);

// Members: whom a moderator can make an indicator's data owner. ViewerId: who looks, for the "mark done"
// button on the improvement actions they own. Charts: the measured indicators' charts as images (signed links
// the host makes; none without a public address). Audience: who gets the card's automatic refresh (their own
// view, with freshly signed chart links, whenever Teams shows the card again).
public sealed record MonitoringOverviewView(
    MonitoringView Monitoring,
    bool ViewerIsModerator,
    IReadOnlyList<ChoiceView>? Members = null,
    string? ViewerId = null,
    IReadOnlyList<ChartImageView>? Charts = null,
    CardAudience? Audience = null);

// An indicator's chart as a PNG the server renders, at a short-lived signed URL (the overview's refresh
// signs a new one whenever Teams shows the card again).
public sealed record ChartImageView(string IndicatorName, string Url);
