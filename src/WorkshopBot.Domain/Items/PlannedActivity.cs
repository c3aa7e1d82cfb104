namespace WorkshopBot.Domain.Items;

// Step 3 (Activiteiten): what is done, by whom, contributing to which results. Not called "Activity"
// to stay clear of the Bot Framework activity.
public sealed record PlannedActivity : FormalItem
{
    public string What { get; init; } = "";

    public IReadOnlyList<string> Organisations { get; init; } = [];

    public Formality? Formality { get; init; }

    public IReadOnlyList<string> ResultIds { get; init; } = [];

    public override FormalItemKind Kind => FormalItemKind.Activity;

    public override int CompassStep => 3;

    public override IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        MissingFieldList.Add(missing, "what", What);
        if (Organisations.Count == 0)
        {
            missing.Add("organisations");
        }

        if (Formality is null)
        {
            missing.Add("formality");
        }

        if (ResultIds.Count == 0)
        {
            missing.Add("resultIds");
        }

        return missing;
    }
}
