using WorkshopBot.BotProtocol.Connector;

namespace WorkshopBot.TestKit.Protocol;

// Replaces MSAL / managed identity in tests (they would try to reach login.microsoftonline.com):
// services.AddSingleton<IBotTokenProvider>(new FixedBotTokenProvider("test-token")).
public sealed class FixedBotTokenProvider(string? token) : IBotTokenProvider
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(token);
    }
}
