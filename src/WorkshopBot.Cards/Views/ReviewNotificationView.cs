using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Cards.Views;

public sealed record ReviewNotificationView(string SummaryId, int SummaryVersion, string ResponseId, string WerkgroepName, PersonView Reviewer, ReviewAnswer Answer, string? Comment, DateTimeOffset RespondedAt, string? ThreadUrl);
