namespace WorkshopBot.Domain.Monitoring;

// A story (vertellen) for a period, linked to one or more indicators and/or results. A quote (the
// person's own words) needs their consent: IsQuote implies ConsentGiven.
public sealed record Story
{
    public string Id { get; init; } = "";

    public string Text { get; init; } = "";

    public StoryPerspective Perspective { get; init; }

    public MonitoringPeriod Period { get; init; } = new(MonitoringFrequency.Quarterly, 2000, 1);

    public string? Theme { get; init; }

    public IReadOnlyList<string> IndicatorIds { get; init; } = [];

    public IReadOnlyList<string> ResultIds { get; init; } = [];

    public bool IsQuote { get; init; }

    public bool ConsentGiven { get; init; }

    public string AddedById { get; init; } = "";

    public string AddedByName { get; init; } = "";

    public string? AddedByOrganisation { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}
