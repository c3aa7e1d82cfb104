using Xunit;

namespace WorkshopBot.TestKit.Playground;

// A class/collection fixture: starts the bot under test (the subclass decides which, e.g. the real
// host on Kestrel 127.0.0.1:0), then the real Playground pointing at it, and stops both when disposed.
// Fails, never skips, when the Playground cannot start.
public abstract class PlaygroundFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupBudget = TimeSpan.FromMinutes(2);

    private PlaygroundProcess? _playground;
    private PlaygroundClient? _client;

    public PlaygroundProcess Playground =>
        _playground ?? throw new InvalidOperationException("The Playground fixture has not been initialized.");

    public PlaygroundClient Client =>
        _client ?? throw new InvalidOperationException("The Playground fixture has not been initialized.");

    // Null: the repository's .m365agentsplayground.yml.
    protected virtual string? ConfigPath => null;

    // Starts the bot and returns its messaging endpoint, e.g. http://127.0.0.1:41234/api/messages.
    protected abstract Task<Uri> StartBotAsync(CancellationToken cancellationToken);

    protected virtual Task StopBotAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartupBudget);
        var endpoint = await StartBotAsync(timeout.Token);
        _playground = await PlaygroundProcess.StartAsync(new PlaygroundOptions(endpoint, ConfigPath), timeout.Token);
        _client = new PlaygroundClient(_playground.BaseUri);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        await StopBotAsync();
    }
}
