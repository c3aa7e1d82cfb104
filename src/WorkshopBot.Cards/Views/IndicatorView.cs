using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

// The definition sheet of an indicator; null fields are shown as still missing.
public sealed record IndicatorView
{
    public required string ItemId { get; init; }

    public required long Version { get; init; }

    public required string WerkgroepId { get; init; }

    public required int Step { get; init; }

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

    public string? Baseline { get; init; }

    public string? Target { get; init; }

    public IndicatorDirection? Direction { get; init; }

    public InformationNeed? Priority { get; init; }

    public ItemStatus Status { get; init; } = ItemStatus.Concept;

    public PersonView? ProposedBy { get; init; }

    public CoachFeedbackView? Coach { get; init; }

    public string? BoardUrl { get; init; }

    public CardViewer? Viewer { get; init; }

    public CardAudience? Audience { get; init; }
}
