namespace WorkshopBot.BotProtocol.Connector;

// No app id configured (local development against the Agents Playground): no token at all.
internal sealed class NoBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
