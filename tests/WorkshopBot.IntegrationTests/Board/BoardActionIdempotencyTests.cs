using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkshopBot.Domain;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.Web.Board;
using Xunit;

namespace WorkshopBot.IntegrationTests.Board;

// A client that retries a board action after a timeout sends the same Idempotency-Key; the real host
// (Azurite tables) applies it once and answers the repeat with the first outcome.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class BoardActionIdempotencyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BoardPath = $"/api/boards/{BoardApiHost.WerkgroepId}";
    private BoardApiHost _host = null!;

    public async Task InitializeAsync() => _host = await BoardApiHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PostAction_SameKeyTwice_AddsTheNoteOnceAndRepeatsTheAnswer()
    {
        var first = await AddNoteAsync(BoardApiHost.Participant, "Buurtkamer in elke kern", "key-3f6c1a");
        var firstBody = await first.Content.ReadAsStringAsync();

        var second = await AddNoteAsync(BoardApiHost.Participant, "Buurtkamer in elke kern", "key-3f6c1a");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountNotesAsync("Buurtkamer in elke kern"));
    }

    [Fact]
    public async Task PostAction_DifferentKeys_AddsTwoNotes()
    {
        await AddNoteAsync(BoardApiHost.Participant, "Koffieochtend op zaterdag", "key-a");

        await AddNoteAsync(BoardApiHost.Participant, "Koffieochtend op zaterdag", "key-b");

        Assert.Equal(2, await CountNotesAsync("Koffieochtend op zaterdag"));
    }

    [Fact]
    public async Task PostAction_SameKeyFromAnotherPerson_IsTheirOwnAction()
    {
        await AddNoteAsync(BoardApiHost.Participant, "Maatjesproject", "key-shared");

        var other = await AddNoteAsync(BoardApiHost.Moderator, "Maatjesproject", "key-shared");

        Assert.False(other.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await CountNotesAsync("Maatjesproject"));
    }

    [Fact]
    public async Task PostAction_RefusedActionRepeatedWithItsKey_GetsTheSameRefusal()
    {
        var first = await PostAsync(BoardApiHost.Participant, new { verb = "addNotes", data = new { step = 4, text = "Te vroeg" } }, "key-closed");

        var second = await PostAsync(BoardApiHost.Participant, new { verb = "addNotes", data = new { step = 4, text = "Te vroeg" } }, "key-closed");

        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.True((int)first.StatusCode >= 400);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostAction_KeyInTheBody_CountsLikeTheHeader()
    {
        var body = new { verb = "addNotes", data = new { step = 1, text = "Wandelgroep" }, idempotencyKey = "key-body" };
        await PostAsync(BoardApiHost.Participant, body, key: null);

        var repeat = await PostAsync(BoardApiHost.Participant, body, key: null);

        Assert.True(repeat.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountNotesAsync("Wandelgroep"));
    }

    [Fact]
    public async Task PostAction_KeyWithSpaces_Returns400()
    {
        var response = await PostAsync(BoardApiHost.Participant, new { verb = "addNotes", data = new { step = 1, text = "Idee" } }, "not a key");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountNotesAsync("Idee"));
    }

    [Fact]
    public async Task GetBoard_ClientAcceptsBrotli_GetsACompressedBodyAnd304Afterwards()
    {
        using var request = Request(HttpMethod.Get, BoardPath, BoardApiHost.Participant);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        var response = await _host.Client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var view = await JsonDocument.ParseAsync(brotli);
        using var again = Request(HttpMethod.Get, BoardPath, BoardApiHost.Participant);
        again.Headers.AcceptEncoding.ParseAdd("br, gzip");
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        var revalidated = await _host.Client.SendAsync(again);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal(BoardApiHost.WerkgroepId, view.RootElement.GetProperty("werkgroep").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task GetBoard_ShareReader_GetsACompressedBodyWithoutTheToken()
    {
        var token = await _host.ShareTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{BoardPath}?share={Uri.EscapeDataString(token)}");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        var response = await _host.Client.SendAsync(request);
        var body = await BrotliTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("\"reader\"", body);
        Assert.DoesNotContain(token, body);
    }

    [Fact]
    public async Task GetBoard_ModeratorWithActiveShareLink_GetsACompressedBodyWithoutTheToken()
    {
        var token = await _host.ShareTokenAsync();
        using var request = Request(HttpMethod.Get, BoardPath, BoardApiHost.Moderator);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        var response = await _host.Client.SendAsync(request);
        var body = await BrotliTextAsync(response);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal(1, JsonDocument.Parse(body).RootElement.GetProperty("activeShareLinks").GetInt32());
        Assert.DoesNotContain(token, body);
    }

    [Fact]
    public async Task GetShareLinks_ClientAcceptsBrotli_GetsTheTokensUncompressed()
    {
        var token = await _host.ShareTokenAsync();
        using var request = Request(HttpMethod.Get, $"{BoardPath}/share-links", BoardApiHost.Moderator);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains(Uri.EscapeDataString(token), await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> BrotliTextAsync(HttpResponseMessage response)
    {
        await using var brotli = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        return await reader.ReadToEndAsync();
    }

    private Task<HttpResponseMessage> AddNoteAsync(Actor actor, string text, string key) =>
        PostAsync(actor, new { verb = "addNotes", data = new { step = 1, text } }, key);

    private async Task<HttpResponseMessage> PostAsync(Actor actor, object body, string? key)
    {
        using var request = Request(HttpMethod.Post, $"{BoardPath}/actions", actor);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(BoardApiEndpoints.IdempotencyKeyHeader, key);
        }

        request.Content = JsonContent.Create(body);
        return await _host.Client.SendAsync(request);
    }

    private async Task<int> CountNotesAsync(string text)
    {
        using var request = Request(HttpMethod.Get, BoardPath, BoardApiHost.Moderator);
        var response = await _host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return view.GetProperty("steps").EnumerateArray()
            .SelectMany(step => step.GetProperty("notes").EnumerateArray())
            .Count(note => note.GetProperty("text").GetString() == text);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, Actor actor)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _host.TokenFor(actor));
        return request;
    }
}
