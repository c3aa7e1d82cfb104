using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

// What every item card carries around the item's own fields: which item (and version) its actions act
// on, its status and proposer, the board link, who looks and who else gets the card.
public abstract record ItemCardView
{
    public required string ItemId { get; init; }

    public required long Version { get; init; }

    public required string WerkgroepId { get; init; }

    public required int Step { get; init; }

    public ItemStatus Status { get; init; } = ItemStatus.Concept;

    public PersonView? ProposedBy { get; init; }

    public string? BoardUrl { get; init; }

    public CardViewer? Viewer { get; init; }

    public CardAudience? Audience { get; init; }

    public abstract FormalItemKind Kind { get; }
}
