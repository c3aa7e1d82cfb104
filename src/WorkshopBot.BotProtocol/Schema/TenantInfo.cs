namespace WorkshopBot.BotProtocol.Schema;

public sealed record TenantInfo(string? Id);
