using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Commands;

// A partner answers on the summary card. SummaryId is the card's "{traject}|{review}" (SummaryCardIds).
public sealed record RespondToSummary(string? SummaryId, ReviewAnswer Answer, string? Comment);
