namespace WorkshopBot.BotProtocol.Schema;

public sealed record MeetingInfo(string? Id);
