using WorkshopBot.Domain.Localization;
using WorkshopBot.Cards;

namespace WorkshopBot.Web.Workshop;

public sealed record WatchedTimer(string WerkgroepId, string ConversationId, DateTimeOffset EndsAt, Language Language);
