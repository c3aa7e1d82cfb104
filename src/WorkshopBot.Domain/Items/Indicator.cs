namespace WorkshopBot.Domain.Items;

// An indicator with its definition sheet (the Excel register has one row per indicator).
public sealed record Indicator : FormalItem
{
    public int Step { get; init; }

    public string? ResultId { get; init; }

    public string Name { get; init; } = "";

    public string? Definition { get; init; }

    public string? Numerator { get; init; }

    // Denominator or unit ("per 100 inwoners", "aantal", "verhalen").
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

    public override FormalItemKind Kind => FormalItemKind.Indicator;

    public override int CompassStep => Step;

    public override IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        MissingFieldList.Add(missing, "name", Name);
        MissingFieldList.Add(missing, "resultId", ResultId);
        MissingFieldList.Add(missing, "definition", Definition);
        MissingFieldList.Add(missing, "numerator", Numerator);
        MissingFieldList.Add(missing, "denominator", Denominator);
        if (IndicatorKind is null)
        {
            missing.Add("indicatorKind");
        }

        if (Type is null)
        {
            missing.Add("type");
        }

        MissingFieldList.Add(missing, "dataSource", DataSource);
        if (ExistingRegistration == ExistingRegistration.Unknown)
        {
            missing.Add("existingRegistration");
        }

        MissingFieldList.Add(missing, "ownerOrganisation", OwnerOrganisation);
        MissingFieldList.Add(missing, "frequency", Frequency);
        MissingFieldList.Add(missing, "baseline", Baseline);
        MissingFieldList.Add(missing, "target", Target);
        if (Direction is null)
        {
            missing.Add("direction");
        }

        if (Need is null)
        {
            missing.Add("need");
        }

        return missing;
    }
}
