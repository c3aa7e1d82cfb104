using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record QualityAgreementView
{
    public required string ItemId { get; init; }

    public required long Version { get; init; }

    public required string WerkgroepId { get; init; }

    public required int Step { get; init; }

    public required string Text { get; init; }

    public string? Owner { get; init; }

    public ItemStatus Status { get; init; } = ItemStatus.Concept;

    public PersonView? ProposedBy { get; init; }

    public string? BoardUrl { get; init; }

    public CardViewer? Viewer { get; init; }

    public CardAudience? Audience { get; init; }
}
