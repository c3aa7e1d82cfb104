namespace WorkshopBot.Domain.Items;

// A result: maatschappelijk resultaat (step 2) or the outcome of a service (step 5),
// e.g. "Over 3 jaar voelt 20% minder 65-plussers in Neder-Betuwe zich eenzaam".
public sealed record Result : FormalItem
{
    public ResultLevel Level { get; init; }

    public string Statement { get; init; } = "";

    public string? TargetGroup { get; init; }

    public string? WhatChanges { get; init; }

    public string? Baseline { get; init; }

    public string? Target { get; init; }

    public string? Horizon { get; init; }

    public string? AmbitionId { get; init; }

    public override FormalItemKind Kind => FormalItemKind.Result;

    public override int CompassStep => ResultLevels.StepOf(Level);

    public override IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        MissingFieldList.Add(missing, "statement", Statement);
        MissingFieldList.Add(missing, "targetGroup", TargetGroup);
        MissingFieldList.Add(missing, "whatChanges", WhatChanges);
        MissingFieldList.Add(missing, "baseline", Baseline);
        MissingFieldList.Add(missing, "target", Target);
        MissingFieldList.Add(missing, "horizon", Horizon);
        MissingFieldList.Add(missing, "ambitionId", AmbitionId);
        return missing;
    }
}
