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

    // The definition sheet of a vertellen (story) indicator: which stories (about what), from whom
    // (inwoners, professionals, vrijwilligers…), how they are collected (gesprek, Most Significant Change,
    // intervisie…) and what the werkgroep does with them; how often is Frequency. A story has no teller,
    // noemer, nulmeting, streefwaarde or richting, so those are not asked of it.
    public string? StoriesAbout { get; init; }

    public string? StoriesFrom { get; init; }

    public string? CollectionMethod { get; init; }

    public string? StoriesUse { get; init; }

    public override FormalItemKind Kind => FormalItemKind.Indicator;

    public override int CompassStep => Step;

    public override IReadOnlyList<string> MissingFields() =>
        IndicatorKind == Items.IndicatorKind.Vertellen ? MissingStoryFields() : MissingCountFields();

    private List<string> MissingStoryFields()
    {
        var missing = new List<string>();
        MissingFieldList.Add(missing, "name", Name);
        MissingFieldList.Add(missing, "resultId", ResultId);
        MissingFieldList.Add(missing, "storiesAbout", StoriesAbout);
        MissingFieldList.Add(missing, "storiesFrom", StoriesFrom);
        MissingFieldList.Add(missing, "collectionMethod", CollectionMethod);
        MissingFieldList.Add(missing, "frequency", Frequency);
        MissingFieldList.Add(missing, "storiesUse", StoriesUse);
        if (Type is null)
        {
            missing.Add("type");
        }

        MissingFieldList.Add(missing, "ownerOrganisation", OwnerOrganisation);
        if (Need is null)
        {
            missing.Add("need");
        }

        return missing;
    }

    private List<string> MissingCountFields()
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
