namespace WorkshopBot.BotProtocol.Connector;

// Sits inside the resilience pipeline, so it sees every attempt. ConnectorClient paces the first
// attempt itself (before the retry and timeout budget starts); this handler paces the retries, which
// would otherwise go out unpaced right after a 429's Retry-After, on top of the paced traffic.
internal sealed class RetryPacingHandler(OutboundPacer pacer) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<PacingTarget> TargetKey = new("WorkshopBot.Pacing");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(TargetKey, out var target) && target.Attempts++ > 0)
        {
            await pacer.WaitAsync(target.ConversationId, target.TenantId, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
