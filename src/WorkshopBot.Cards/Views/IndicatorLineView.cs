namespace WorkshopBot.Cards.Views;

public sealed record IndicatorLineView(string ItemId, string Name, IndicatorLevel? Level, MeasureKind? Measure, ItemStatus Status);
