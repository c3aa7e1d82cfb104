namespace WorkshopBot.Domain.Monitoring;

// A reflection meeting (verbetercyclus) of the werkgroep: what we see (cijfers en verhalen), what it
// means, what we will do differently. Its improvement actions are ImprovementAction records.
public sealed record Reflection
{
    public string Id { get; init; } = "";

    public string? PeriodKey { get; init; }

    public string WhatWeSee { get; init; } = "";

    public string WhatItMeans { get; init; } = "";

    public string WhatWeChange { get; init; } = "";

    public string RecordedById { get; init; } = "";

    public string RecordedByName { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }
}
