namespace WorkshopBot.Domain.Items;

public sealed record IndicatorDraft
{
    public string? ResultId { get; init; }

    public string? Name { get; init; }

    public string? Definition { get; init; }

    public string? Numerator { get; init; }

    public string? Denominator { get; init; }

    public IndicatorKind? IndicatorKind { get; init; }

    public IndicatorType? Type { get; init; }

    public string? DataSource { get; init; }

    public ExistingRegistration ExistingRegistration { get; init; } = ExistingRegistration.Unknown;

    public string? OwnerOrganisation { get; init; }

    public string? Frequency { get; init; }

    public string? Baseline { get; init; }

    public string? Target { get; init; }

    public IndicatorDirection? Direction { get; init; }

    public InformationNeed? Need { get; init; }
}
