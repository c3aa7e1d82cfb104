namespace WorkshopBot.Domain.Items;

public sealed record PlannedActivityDraft
{
    public string? What { get; init; }

    public IReadOnlyList<string> Organisations { get; init; } = [];

    public Formality? Formality { get; init; }

    public IReadOnlyList<string> ResultIds { get; init; } = [];
}
