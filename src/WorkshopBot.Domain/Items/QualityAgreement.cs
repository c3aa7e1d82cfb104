namespace WorkshopBot.Domain.Items;

// Step 4 (Input / kwaliteit): how a service safeguards quality.
public sealed record QualityAgreement : FormalItem
{
    public ConditionKind? ConditionKind { get; init; }

    public string Description { get; init; } = "";

    public string? OwnerOrganisation { get; init; }

    public IReadOnlyList<string> ResultIds { get; init; } = [];

    public override FormalItemKind Kind => FormalItemKind.QualityAgreement;

    public override int CompassStep => 4;

    public override IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        if (ConditionKind is null)
        {
            missing.Add("conditionKind");
        }

        MissingFieldList.Add(missing, "description", Description);
        MissingFieldList.Add(missing, "ownerOrganisation", OwnerOrganisation);
        return missing;
    }
}
