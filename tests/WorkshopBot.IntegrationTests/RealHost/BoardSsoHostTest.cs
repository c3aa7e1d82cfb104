using System.Net.Http.Headers;
using System.Net.Http.Json;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// What the RealHost test classes that also call the board share: a fresh BoardSsoBench for each test (the
// host plus the local SSO issuer its board trusts), one timeout for the whole test, and the board's two kinds
// of call made as a signed-in person: reading (GET with the SSO token) and acting (POST /actions with the
// token and an Idempotency-Key, as the board's api.js sends it).
public abstract class BoardSsoHostTest(AzuriteFixture azurite, TimeSpan? timeout = null) : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(timeout ?? TimeSpan.FromSeconds(60));
    private BoardSsoBench? _board;

    private protected HostBench Bench => Board.Bench;

    private protected CancellationToken Ct => _timeout.Token;

    private BoardSsoBench Board => _board ?? throw new InvalidOperationException("The bench is not started.");

    public async Task InitializeAsync() => _board = await BoardSsoBench.StartAsync(azurite, Ct);

    public async Task DisposeAsync()
    {
        if (_board is not null)
        {
            await _board.DisposeAsync();
        }

        _timeout.Dispose();
    }

    private protected async Task<HttpResponseMessage> BoardGetAsync(string path, HostUser user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Bench.Host.BaseAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Board.TokenFor(user));
        return await Bench.Client.SendAsync(request, Ct);
    }

    private protected async Task<HttpResponseMessage> BoardActAsync(string werkgroepId, HostUser user, string verb, object data)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Bench.Host.BaseAddress, $"/api/boards/{werkgroepId}/actions"))
        {
            Content = JsonContent.Create(new { verb, data }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Board.TokenFor(user));
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await Bench.Client.SendAsync(request, Ct);
    }
}
