using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record ActivityView : ItemCardView
{
    public override FormalItemKind Kind => FormalItemKind.Activity;

    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? Owner { get; init; }

    public string? ResultText { get; init; }
}
