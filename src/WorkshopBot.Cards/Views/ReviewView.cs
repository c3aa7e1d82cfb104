namespace WorkshopBot.Cards.Views;

public sealed record ReviewView
{
    public DateTimeOffset? Deadline { get; init; }

    public bool IsClosed { get; init; }

    public IReadOnlyList<ReviewResponseView> Responses { get; init; } = [];

    // Organisations in the large group that have not answered yet.
    public IReadOnlyList<string> PendingOrganisations { get; init; } = [];
}
