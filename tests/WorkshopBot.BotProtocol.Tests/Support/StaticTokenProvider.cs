using WorkshopBot.BotProtocol.Connector;

namespace WorkshopBot.BotProtocol.Tests.Support;

internal sealed class StaticTokenProvider(string token) : IBotTokenProvider
{
    public int Calls { get; private set; }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult<string?>(token);
    }
}
