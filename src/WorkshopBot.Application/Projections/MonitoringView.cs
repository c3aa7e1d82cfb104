using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Application.Projections;

// The read side of step 6 for one werkgroep: what the board, the cards and the exports show of the
// improvement cycle. Built by MonitoringProjection from the werkgroep (definitions) and its monitoring
// (data); Filter says whether nice-to-know indicators were left out (every overview can be limited to
// need-to-know). Dates are Amsterdam calendar dates; instants are UTC offsets as stored.
public sealed record MonitoringView(
    string TrajectId,
    string WerkgroepId,
    string WerkgroepName,
    NeedFilter Filter,
    IReadOnlyList<IndicatorMonitoringView> Indicators,
    IReadOnlyList<StoryPeriodView> StoriesByPeriod,
    IReadOnlyList<ReflectionView> Reflections,
    IReadOnlyList<MissingOrganisationView> Missing,
    IReadOnlyList<OrganisationBurden> RegistrationBurden)
{
    // The stories grouped where the partner linked them: per result (linked to the result itself or to
    // one of its shown indicators), in the werkgroep's result order; stories linked only to indicators
    // without a result come last, under a group with ResultId null. A story may be in several groups.
    public IReadOnlyList<ResultStoriesView> StoriesByResult { get; init; } = [];
}

public sealed record ResultStoriesView(string? ResultId, string? ResultStatement, IReadOnlyList<string> StoryIds);

// One indicator: its definition (baseline, target and direction as typed, and as numbers where the text
// starts with one), its owner, its current value per period, oldest first, and the stories linked to it
// directly (a story linked to its result is in MonitoringView.StoriesByResult).
public sealed record IndicatorMonitoringView(
    string Id,
    string Name,
    string? ResultId,
    string? ResultStatement,
    IndicatorKind? Kind,
    string? Unit,
    string? FrequencyText,
    MonitoringFrequency? Frequency,
    string? Baseline,
    decimal? BaselineValue,
    string? Target,
    decimal? TargetValue,
    IndicatorDirection? Direction,
    InformationNeed? Need,
    ExistingRegistration ExistingRegistration,
    string? OwnerOrganisation,
    string? OwnerName,
    IReadOnlyList<PeriodValueView> Periods,
    IReadOnlyList<string> StoryIds);

// One indicator of the view with the stories linked to it (MonitoringProjection.Indicator): what one chart draws.
public sealed record IndicatorWithStories(IndicatorMonitoringView Indicator, IReadOnlyList<StoryView> Stories);

// The current value of one period, with the values it corrected (oldest first) as History.
public sealed record PeriodValueView(
    string PeriodKey,
    DateOnly FirstDay,
    DateOnly LastDay,
    decimal Value,
    decimal? Numerator,
    decimal? Denominator,
    string? Source,
    string? Note,
    string EnteredByName,
    string? EnteredByOrganisation,
    DateTimeOffset EnteredAt,
    IReadOnlyList<CorrectedValueView> History);

public sealed record CorrectedValueView(decimal Value, string EnteredByName, DateTimeOffset EnteredAt, string? Note);

public sealed record StoryPeriodView(string PeriodKey, DateOnly FirstDay, IReadOnlyList<StoryView> Stories);

// A story as shown: perspective and organisation of who added it, never a name of an inwoner.
// ConsentGiven: the author ticked that the story may be quoted literally (in the council report).
// TextWithheld: the view is a guest's (MonitoringProjection.ForGuests) and Text is empty for lack of consent.
public sealed record StoryView(
    string Id,
    string PeriodKey,
    StoryPerspective Perspective,
    string? Theme,
    string Text,
    bool IsQuote,
    bool ConsentGiven,
    IReadOnlyList<string> IndicatorIds,
    IReadOnlyList<string> ResultIds,
    string? AddedByOrganisation,
    DateTimeOffset AddedAt)
{
    public bool TextWithheld { get; init; }
}

// The reflection meetings in the order they were recorded; the last one is where the next cycle starts.
public sealed record ReflectionView(
    string Id,
    string? PeriodKey,
    string WhatWeSee,
    string WhatItMeans,
    string WhatWeChange,
    string RecordedByName,
    DateTimeOffset RecordedAt,
    IReadOnlyList<ImprovementActionView> Actions);

public sealed record ImprovementActionView(
    string Id,
    string Text,
    IReadOnlyList<string> ActivityIds,
    IReadOnlyList<string> ActivityNames,
    string OwnerName,
    DateOnly Due,
    bool Done,
    string? OwnerId = null);

// What is missing per organisation (the moderator's overview); OwnerName null: nobody owns it yet.
public sealed record MissingOrganisationView(string Organisation, IReadOnlyList<MissingPeriodView> Items);

public sealed record MissingPeriodView(string IndicatorId, string IndicatorName, string PeriodKey, string? OwnerName, bool Overdue, int TimesAsked);
