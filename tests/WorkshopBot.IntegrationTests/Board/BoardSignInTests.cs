using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.Board;

// Issue 13, finding 8: the board's Teams SSO door. An application's own token signs nobody in, and
// when Entra's OpenID metadata cannot be read the answer is a clear 503 with Retry-After, not a 500.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class BoardSignInTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BoardPath = $"/api/boards/{BoardApiHost.WerkgroepId}";
    private BoardApiHost _host = null!;

    public async Task InitializeAsync() => _host = await BoardApiHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetBoard_AppOnlyTokenOfOurTenantForAMembersObjectId_Returns401()
    {
        var token = _host.Issuer.AppOnlyToken(BoardApiHost.TenantId, BoardApiHost.Participant.UserId);

        var response = await GetAsync(BoardPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthenticated", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetBoard_DelegatedTokenOfAMember_Returns200()
    {
        var response = await GetAsync(BoardPath, _host.TokenFor(BoardApiHost.Participant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetBoardAndMyWerkgroepen_OpenIdMetadataUnreachable_Return503WithRetryAfterInDutch()
    {
        var token = _host.TokenFor(BoardApiHost.Participant);
        await _host.Issuer.StopMetadataAsync();

        var board = await GetAsync(BoardPath, token);
        var mine = await GetAsync("/api/me/werkgroepen", token);

        foreach (var response in new[] { board, mine })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing.");
            var problem = await ProblemAsync(response);
            Assert.Equal("sign-in-unavailable", problem.GetProperty("code").GetString());
            Assert.Contains("Aanmelden via Teams lukt op dit moment niet", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _host.Client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
