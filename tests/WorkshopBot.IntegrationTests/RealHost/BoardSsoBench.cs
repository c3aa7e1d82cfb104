using WorkshopBot.IntegrationTests.Board;
using WorkshopBot.TestKit.Azurite;

namespace WorkshopBot.IntegrationTests.RealHost;

// A HostBench whose board API signs people in with Teams SSO tokens from a local issuer, so the same person
// calls the bot (MRI + object id) and the board (an SSO token for that object id), as in Teams. The issuer
// must run before the host is configured, which is why these tests derive from BoardSsoHostTest, not HostBenchTest.
internal sealed class BoardSsoBench : IAsyncDisposable
{
    private readonly TestTokenIssuer sso;

    private BoardSsoBench(TestTokenIssuer sso, HostBench bench)
    {
        this.sso = sso;
        Bench = bench;
    }

    public HostBench Bench { get; }

    public static async Task<BoardSsoBench> StartAsync(AzuriteFixture azurite, CancellationToken cancellationToken)
    {
        var sso = new TestTokenIssuer();
        await sso.StartAsync();
        try
        {
            var bench = await HostBench.StartAsync(
                azurite,
                null,
                cancellationToken,
                new Dictionary<string, string?>
                {
                    ["Board:SsoClientId"] = TestTokenIssuer.ClientId,
                    ["Board:SsoOpenIdMetadataUrl"] = sso.MetadataUrl,
                    ["Board:SsoTenantId"] = HostBench.TenantId,
                });
            return new BoardSsoBench(sso, bench);
        }
        catch
        {
            await sso.DisposeAsync();
            throw;
        }
    }

    // The person's Teams SSO token for the board, in the bench's tenant.
    public string TokenFor(HostUser user) => sso.Token(HostBench.TenantId, user.AadObjectId, user.Name);

    public async ValueTask DisposeAsync()
    {
        await Bench.DisposeAsync();
        await sso.DisposeAsync();
    }
}
