namespace WorkshopBot.BotProtocol.Connector;

// Seam for the outbound bearer token; null means "send without a token" (no app id configured).
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
