using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

// The definition sheet of an indicator; null fields are shown as still missing.
public sealed record IndicatorView : ItemCardView
{
    public override FormalItemKind Kind => FormalItemKind.Indicator;

    public required string Name { get; init; }

    public string? ResultId { get; init; }

    public string? ResultText { get; init; }

    public string? Definition { get; init; }

    public string? Numerator { get; init; }

    public string? Denominator { get; init; }

    public IndicatorKind? Measure { get; init; }

    public IndicatorType? Level { get; init; }

    public string? DataSource { get; init; }

    // True when partners already register this; false means extra registration burden.
    public bool? ExistingRegistration { get; init; }

    public string? Owner { get; init; }

    public string? Frequency { get; init; }

    // Vertellen: which stories, from whom, how collected, what the werkgroep does with them.
    public string? StoriesAbout { get; init; }

    public string? StoriesFrom { get; init; }

    public string? CollectionMethod { get; init; }

    public string? StoriesUse { get; init; }

    public string? Baseline { get; init; }

    public string? Target { get; init; }

    public IndicatorDirection? Direction { get; init; }

    public InformationNeed? Priority { get; init; }

    public CoachFeedbackView? Coach { get; init; }
}
