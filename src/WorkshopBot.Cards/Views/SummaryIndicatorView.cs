using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record SummaryIndicatorView(string Name, IndicatorType? Level, IndicatorKind? Measure, string? Baseline, string? Target, string? DataSource, string? Owner, InformationNeed? Priority);
