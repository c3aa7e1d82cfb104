namespace WorkshopBot.Cards.Views;

public sealed record TrajectView
{
    public required string TrajectId { get; init; }

    public required long Version { get; init; }

    public required string Name { get; init; }

    public string? Gemeente { get; init; }

    public string? Theme { get; init; }

    public IReadOnlyList<AmbitionView> Ambitions { get; init; } = [];

    public IReadOnlyList<WerkgroepLineView> Werkgroepen { get; init; } = [];

    public IReadOnlyList<PersonView> Moderators { get; init; } = [];

    public CardViewer? Viewer { get; init; }
}
