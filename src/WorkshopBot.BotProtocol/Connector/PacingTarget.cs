namespace WorkshopBot.BotProtocol.Connector;

// What a request counts against in the pacer, carried on the request for RetryPacingHandler.
// Attempts is mutated by the handler; the resilience pipeline runs one attempt at a time.
internal sealed class PacingTarget(string? conversationId, string? tenantId)
{
    public string? ConversationId { get; } = conversationId;

    public string? TenantId { get; } = tenantId;

    public int Attempts { get; set; }
}
