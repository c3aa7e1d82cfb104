namespace WorkshopBot.Cards.Views;

public sealed record MeetingRecapView
{
    public required string WerkgroepId { get; init; }

    public required string WerkgroepName { get; init; }

    public DateTimeOffset? MeetingDate { get; init; }

    public int NotesAdded { get; init; }

    public int VotesCast { get; init; }

    public int ParticipantCount { get; init; }

    public IReadOnlyList<int> StepsWorkedOn { get; init; } = [];

    public IReadOnlyList<PromotedItemLine> ItemsPromoted { get; init; } = [];

    public string? BoardUrl { get; init; }
}
