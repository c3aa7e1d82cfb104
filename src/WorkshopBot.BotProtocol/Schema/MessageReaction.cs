namespace WorkshopBot.BotProtocol.Schema;

public sealed record MessageReaction(string? Type);
