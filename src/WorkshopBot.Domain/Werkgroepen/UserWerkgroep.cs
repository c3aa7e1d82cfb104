namespace WorkshopBot.Domain.Werkgroepen;

// A werkgroep as its own member sees it in a list (tab configuration page): with the traject's name.
public sealed record UserWerkgroep(
    string WerkgroepId,
    string Name,
    string TrajectId,
    string TrajectName,
    WerkgroepRole Role,
    DateTimeOffset LastChangedAt);
