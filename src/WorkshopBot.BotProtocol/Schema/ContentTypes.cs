namespace WorkshopBot.BotProtocol.Schema;

public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
}
