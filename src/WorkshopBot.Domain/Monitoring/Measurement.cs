namespace WorkshopBot.Domain.Monitoring;

// One measured value (tellen) of an indicator for a period: a plain value, or a numerator and a
// denominator (the value is then their quotient). A correction never overwrites: it adds a new
// measurement that Supersedes the old one, and the old one gets SupersededById, so the history of a
// period is every measurement of it, oldest first, and the current value is the one not superseded.
public sealed record Measurement
{
    public string Id { get; init; } = "";

    public string IndicatorId { get; init; } = "";

    public MonitoringPeriod Period { get; init; } = new(MonitoringFrequency.Yearly, 2000, 1);

    public decimal? Value { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public string? Source { get; init; }

    public string? Note { get; init; }

    public string EnteredById { get; init; } = "";

    public string EnteredByName { get; init; } = "";

    public string? EnteredByOrganisation { get; init; }

    public DateTimeOffset EnteredAt { get; init; }

    public string? SupersedesId { get; init; }

    public string? SupersededById { get; init; }

    public bool IsCurrent => SupersededById is null;

    // The value shown in charts and exports: the plain value, or numerator ÷ denominator.
    public decimal Effective => Value ?? (Numerator!.Value / Denominator!.Value);
}
