namespace WorkshopBot.BotProtocol.Connector;

// Sits inside the resilience pipeline, so it sees every attempt and holds each attempt's pacer
// lease until that attempt's response is back. ConnectorClient waits for the first attempt's lease
// itself (before the retry and timeout budget starts); retries wait here, so a retry after a 429's
// Retry-After does not go out on top of the paced traffic.
internal sealed class RetryPacingHandler(OutboundPacer pacer) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<PacingTarget> TargetKey = new("WorkshopBot.Pacing");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(TargetKey, out var target))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var lease = target.FirstAttempt ?? await pacer.WaitAsync(target.ConversationId, target.TenantId, cancellationToken);
        target.FirstAttempt = null;
        using (lease)
        {
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
