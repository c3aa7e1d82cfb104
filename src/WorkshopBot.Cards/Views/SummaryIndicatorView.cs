namespace WorkshopBot.Cards.Views;

public sealed record SummaryIndicatorView(string Name, IndicatorLevel? Level, MeasureKind? Measure, string? Baseline, string? Target, string? DataSource, string? Owner, KnowPriority? Priority);
