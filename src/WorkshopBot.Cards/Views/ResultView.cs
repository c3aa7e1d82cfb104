using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record ResultView : ItemCardView
{
    public override FormalItemKind Kind => FormalItemKind.Result;

    public required string Text { get; init; }

    public string? TargetGroup { get; init; }

    public string? Baseline { get; init; }

    public string? Target { get; init; }

    public string? Deadline { get; init; }

    public IReadOnlyList<IndicatorLineView> Indicators { get; init; } = [];

    public CoachFeedbackView? Coach { get; init; }
}
