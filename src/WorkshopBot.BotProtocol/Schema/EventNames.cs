namespace WorkshopBot.BotProtocol.Schema;

public static class EventNames
{
    public const string MeetingStart = "application/vnd.microsoft.meetingStart";
    public const string MeetingEnd = "application/vnd.microsoft.meetingEnd";
    public const string ContinueConversation = "ContinueConversation";
}
