namespace WorkshopBot.Domain.Summaries;

// Revision counts how often this reviewer changed their answer; the card shows the latest.
public sealed record ReviewResponse(
    string ReviewerId,
    string Name,
    string? Organisation,
    ReviewAnswer Answer,
    string? Comment,
    DateTimeOffset AnsweredAt,
    int Revision);
