namespace WorkshopBot.BotProtocol.Schema;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
}
