namespace WorkshopBot.Domain.Monitoring;

// What the werkgroep will do differently, from a reflection: linked to the planned activities it
// changes, with an owner (a name, possibly of someone outside the werkgroep) and a date.
public sealed record ImprovementAction
{
    public string Id { get; init; } = "";

    public string ReflectionId { get; init; } = "";

    public string Text { get; init; } = "";

    public IReadOnlyList<string> ActivityIds { get; init; } = [];

    public string OwnerName { get; init; } = "";

    public DateOnly Due { get; init; }

    public bool Done { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
