using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Cards.Views;

public sealed record StepCardView
{
    public required string WerkgroepId { get; init; }

    public required string WerkgroepName { get; init; }

    public string? TrajectName { get; init; }

    // 1..6, see CompassSteps.
    public required int Step { get; init; }

    public StepStatus State { get; init; } = StepStatus.Open;

    public bool SilentBrainstorm { get; init; }

    public DateTimeOffset? TimerEndsAt { get; init; }

    public VotingRoundView? Voting { get; init; }

    // Notes of this step the viewer may see, at least those the card can list (its own first, then the
    // group's, in StepNoteOrder; the card decides what fits). Totals counts them all; null when Notes holds
    // every visible note.
    public IReadOnlyList<NoteView> Notes { get; init; } = [];

    public NoteListTotals? Totals { get; init; }

    // How many notes the step has and from how many people, hidden ones included: during a silent
    // brainstorm the moderator and the shared card show the group's progress without the texts.
    public StepNoteCount StepTotal { get; init; } = new(0, 0);

    // The step's formal items (results, activities, quality agreements, indicators) in their stored order.
    public IReadOnlyList<StepItemView> Items { get; init; } = [];

    public required long BoardVersion { get; init; }

    public string? BoardUrl { get; init; }

    public CardViewer? Viewer { get; init; }

    public CardAudience? Audience { get; init; }
}
