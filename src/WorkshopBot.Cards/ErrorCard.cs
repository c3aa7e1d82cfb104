namespace WorkshopBot.Cards;

public static class ErrorCard
{
    public static JsonObject Build(string message, Language language) =>
        NoticeCard.Build(new NoticeView(NoticeSeverity.Error, message), language);
}
