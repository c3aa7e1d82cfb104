namespace WorkshopBot.Domain.Monitoring;

// What the werkgroep will do differently, from a reflection: linked to the planned activities it
// changes, with an owner (a member, by id and name, or the name of someone outside the werkgroep) and a
// date. The owner or a moderator marks it done; the next reflection starts from the open and done actions.
public sealed record ImprovementAction
{
    public string Id { get; init; } = "";

    public string ReflectionId { get; init; } = "";

    public string Text { get; init; } = "";

    public IReadOnlyList<string> ActivityIds { get; init; } = [];

    public string OwnerName { get; init; } = "";

    public string? OwnerId { get; init; }

    public DateOnly Due { get; init; }

    public bool Done { get; init; }

    public DateTimeOffset? DoneAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
