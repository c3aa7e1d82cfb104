using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.Board;

// Issue 13: the board API's answers to probing and hostile input.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class BoardHostileInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BoardPath = $"/api/boards/{BoardApiHost.WerkgroepId}";
    private BoardApiHost _host = null!;

    public async Task InitializeAsync() => _host = await BoardApiHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("wg%2Fboard")]
    [InlineData("wg%5Cboard")]
    [InlineData("wg%23board")]
    [InlineData("wg%3Fboard")]
    [InlineData("wg%01board")]
    [InlineData("wg%E2%80%AEboard")]
    public async Task GetBoard_IdTableStorageForbids_Returns404ForAMember(string escapedId)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/boards/{escapedId}", _host.TokenFor(BoardApiHost.Participant));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("werkgroep-not-found", await CodeAsync(response));
    }

    [Theory]
    [InlineData(null, "?share=forged.token.value", HttpStatusCode.Forbidden, "share-link-invalid")]
    [InlineData("not.a.jwt", "", HttpStatusCode.Unauthorized, "unauthenticated")]
    public async Task GetBoard_BadCredentials_SameAnswerWhetherTheWerkgroepExistsOrNot(string? bearer, string query, HttpStatusCode status, string code)
    {
        var existing = await SendAsync(HttpMethod.Get, BoardPath + query, bearer);
        var missing = await SendAsync(HttpMethod.Get, "/api/boards/wg-does-not-exist" + query, bearer);

        Assert.Equal(status, existing.StatusCode);
        Assert.Equal(status, missing.StatusCode);
        Assert.Equal(code, await CodeAsync(existing));
        Assert.Equal(code, await CodeAsync(missing));
    }

    [Fact]
    public async Task PostAction_ChunkedBodyOverTheLimit_Returns400AndChangesNothing()
    {
        var token = _host.TokenFor(BoardApiHost.Participant);
        var json = "{\"verb\":\"setOrganisation\",\"data\":{\"organisation\":\"Te groot\"},\"pad\":\"" + new string('x', 100 * 1024) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, BoardPath + "/actions")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var board = JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, BoardPath, token)).Content.ReadAsStringAsync()).RootElement;
        Assert.NotEqual("Te groot", board.GetProperty("viewer").GetProperty("organisation").GetString());
    }

    [Fact]
    public async Task GetBoard_Member_IsNoStore()
    {
        var response = await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Participant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Refusals_401_403_404_AreNoStore()
    {
        var unauthenticated = await SendAsync(HttpMethod.Get, BoardPath, null);
        var forbidden = await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Outsider));
        var missing = await SendAsync(HttpMethod.Get, "/api/boards/wg-does-not-exist", _host.TokenFor(BoardApiHost.Participant));
        var me = await SendAsync(HttpMethod.Get, "/api/me/werkgroepen", null);

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized],
            new[] { unauthenticated, forbidden, missing, me }.Select(r => r.StatusCode));
        Assert.All(new[] { unauthenticated, forbidden, missing, me }, r => Assert.Equal("no-store", r.Headers.CacheControl?.ToString()));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await _host.Client.SendAsync(request);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
}
