namespace WorkshopBot.Domain.Werkgroepen;

// One werkgroep a user belongs to, as the membership index reports it. Name, role and LastChangedAt come
// from the stored werkgroep, not from the index row, so they are never older than the werkgroep itself.
public sealed record WerkgroepMembership(
    string WerkgroepId,
    string WerkgroepName,
    string TrajectId,
    string TenantId,
    WerkgroepRole Role,
    DateTimeOffset LastChangedAt);
