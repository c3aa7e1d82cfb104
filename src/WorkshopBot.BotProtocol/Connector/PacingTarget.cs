namespace WorkshopBot.BotProtocol.Connector;

// What a request counts against in the pacer, carried on the request for RetryPacingHandler, with
// the lease ConnectorClient took for the first attempt. The resilience pipeline runs one attempt at
// a time, so the handler may mutate this without locking.
internal sealed class PacingTarget(string? conversationId, string? tenantId, PacerLease firstAttempt)
{
    public string? ConversationId { get; } = conversationId;

    public string? TenantId { get; } = tenantId;

    // Taken by the first attempt; later attempts wait for a lease of their own.
    public PacerLease? FirstAttempt { get; set; } = firstAttempt;
}
