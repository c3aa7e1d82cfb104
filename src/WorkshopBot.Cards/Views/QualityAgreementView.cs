using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record QualityAgreementView : ItemCardView
{
    public override FormalItemKind Kind => FormalItemKind.QualityAgreement;

    public required string Text { get; init; }

    public string? Owner { get; init; }
}
