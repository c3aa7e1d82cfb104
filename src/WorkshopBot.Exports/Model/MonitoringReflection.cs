namespace WorkshopBot.Exports.Model;

// The outcome of one reflection meeting: wat zien we (cijfers en verhalen), wat betekent het, wat gaan we
// anders doen.
public sealed record MonitoringReflection(
    DateOnly Date,
    string WhatWeSee,
    string WhatItMeans,
    string WhatWeDoDifferently);
