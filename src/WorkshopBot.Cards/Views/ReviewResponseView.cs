using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Cards.Views;

public sealed record ReviewResponseView(string ResponseId, string UserId, PersonView Person, ReviewAnswer Answer, string? Comment, DateTimeOffset RespondedAt);
