namespace WorkshopBot.BotProtocol.Schema;

public sealed record ErrorBody(string? Code, string? Message);
