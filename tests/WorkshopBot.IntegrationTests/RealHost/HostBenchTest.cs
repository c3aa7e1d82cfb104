using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// What every RealHost test class shares: a fresh HostBench for each test (its own tables, connector and
// keys, so tests cannot see each other's requests or data) and one timeout for the whole test. With
// checkCardsAtEnd, every card the test made the bot produce must also validate (issue 2, test 6).
public abstract class HostBenchTest(AzuriteFixture azurite, TimeSpan? timeout = null, TimeProvider? clock = null, bool checkCardsAtEnd = false) : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(timeout ?? TimeSpan.FromSeconds(60));
    private HostBench? _bench;

    private protected HostBench Bench => _bench ?? throw new InvalidOperationException("The bench is not started.");

    protected CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync() => _bench = await HostBench.StartAsync(azurite, clock, Ct);

    public async Task DisposeAsync()
    {
        try
        {
            if (checkCardsAtEnd)
            {
                Bench.AssertEveryCardValid();
            }
        }
        finally
        {
            if (_bench is not null)
            {
                await _bench.DisposeAsync();
            }

            _timeout.Dispose();
        }
    }
}
