using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record SummaryResultView(string Text, ItemStatus Status, IReadOnlyList<SummaryIndicatorView> Indicators);
