using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record IndicatorLineView(string ItemId, string Name, IndicatorType? Level, IndicatorKind? Measure, ItemStatus Status);
