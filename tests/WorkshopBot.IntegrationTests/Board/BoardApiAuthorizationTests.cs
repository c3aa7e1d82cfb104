using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.Web.Board;
using Xunit;

namespace WorkshopBot.IntegrationTests.Board;

[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class BoardApiAuthorizationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BoardPath = $"/api/boards/{BoardApiHost.WerkgroepId}";
    private const string ShareLinksPath = $"{BoardPath}/share-links";
    private BoardApiHost _host = null!;

    public async Task InitializeAsync() => _host = await BoardApiHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetBoard_NoToken_Returns401WithDutchTitle()
    {
        var response = await _host.Client.GetAsync(BoardPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ProblemAsync(response);
        Assert.Equal("unauthenticated", problem.GetProperty("code").GetString());
        Assert.Contains("niet aangemeld", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetBoard_NoTokenInEnglish_Returns401WithEnglishTitleAndTheSameCode()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, BoardPath);
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("about:blank", problem.GetProperty("type").GetString());
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("unauthenticated", problem.GetProperty("code").GetString());
        Assert.Equal("You are not signed in. Open the board again from Teams.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostAction_NonMemberInEnglishAndDutch_Returns403InTheirLanguage()
    {
        var english = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Outsider), new { verb = "addNotes", data = new { step = 1, text = "x" } }, acceptLanguage: "en-GB");
        var dutch = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Outsider), new { verb = "addNotes", data = new { step = 1, text = "x" } }, acceptLanguage: "nl-NL,en;q=0.5");

        Assert.Equal(HttpStatusCode.Forbidden, english.StatusCode);
        Assert.Equal("not-a-member", (await ProblemAsync(english)).GetProperty("code").GetString());
        Assert.Contains("working group", (await ProblemAsync(english)).GetProperty("title").GetString());
        Assert.Contains("werkgroep", (await ProblemAsync(dutch)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetBoard_UnknownWerkgroepWithCredentials_Returns404ButAnonymous401()
    {
        var member = await SendAsync(HttpMethod.Get, "/api/boards/wg-unknown", _host.TokenFor(BoardApiHost.Participant));
        var anonymous = await _host.Client.GetAsync("/api/boards/wg-unknown");

        Assert.Equal(HttpStatusCode.NotFound, member.StatusCode);
        Assert.Equal("werkgroep-not-found", (await ProblemAsync(member)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ShareLink_OfAnotherWerkgroep_IsRefused()
    {
        var token = await _host.ShareTokenAsync();
        await _host.Get<WorkshopBot.Domain.Services.WorkshopService>().StartWerkgroepAsync(
            "tr-board-api",
            (traject, now) => WorkshopBot.Domain.Werkgroepen.Werkgroep.Start(traject, "wg-other", "Andere werkgroep", new WorkshopBot.Domain.Werkgroepen.ConversationBinding("19:other@thread.v2", WorkshopBot.Domain.Werkgroepen.ConversationKind.GroupChat), BoardApiHost.Moderator, now),
            CancellationToken.None);

        var response = await _host.Client.GetAsync($"/api/boards/wg-other?share={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("share-link-invalid", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetBoard_TokenSignedByAnotherKey_Returns401()
    {
        await using var stranger = new TestTokenIssuer();
        var token = stranger.Token(BoardApiHost.TenantId, BoardApiHost.Moderator.UserId, "Anna");

        var response = await SendAsync(HttpMethod.Get, BoardPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetBoard_ExpiredToken_Returns401()
    {
        var token = _host.Issuer.Token(BoardApiHost.TenantId, BoardApiHost.Moderator.UserId, "Anna", TimeSpan.FromMinutes(-10));

        var response = await SendAsync(HttpMethod.Get, BoardPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetBoard_TokenOfAnotherTenant_Returns404LikeAMissingWerkgroep()
    {
        var token = _host.TokenFor(BoardApiHost.Moderator, BoardApiHost.OtherTenantId);

        var response = await SendAsync(HttpMethod.Get, BoardPath, token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("werkgroep-not-found", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetBoard_NonMember_Returns403()
    {
        var response = await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Outsider));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("not-a-member", problem.GetProperty("code").GetString());
        Assert.Contains("werkgroep", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetBoard_DevUserOutsideDevelopment_Returns401()
    {
        var response = await _host.Client.GetAsync($"{BoardPath}?dev-user={BoardApiHost.Moderator.UserId}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetBoard_Member_ReturnsBoardWithRoleAndSecurityHeaders()
    {
        var response = await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Participant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var board = await JsonAsync(response);
        Assert.Equal("participant", board.GetProperty("viewer").GetProperty("role").GetString());
        Assert.True(board.GetProperty("viewer").GetProperty("canEdit").GetBoolean());
        Assert.Equal("Werkgroep Eenzaamheid", board.GetProperty("werkgroep").GetProperty("name").GetString());
        Assert.Equal(6, board.GetProperty("steps").GetArrayLength());
        Assert.Equal("open", board.GetProperty("steps")[0].GetProperty("state").GetString());
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task GetBoard_SameETag_Returns304AndOtherViewerGetsOtherETag()
    {
        var first = await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Participant));
        var etag = first.Headers.ETag!.ToString();

        var again = await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Participant), ifNoneMatch: etag);
        var moderator = await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Moderator), ifNoneMatch: etag);

        Assert.StartsWith("W/\"", etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moderator.StatusCode);
    }

    [Fact]
    public async Task PostAction_MemberAddsNotes_NotesAppearAsTheirs()
    {
        var token = _host.TokenFor(BoardApiHost.Participant);

        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", token, new { verb = "addNotes", data = new { step = 1, text = "Koffieochtenden in het buurthuis\nMaatjesproject" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ok = await JsonAsync(response);
        Assert.True(ok.GetProperty("ok").GetBoolean());
        var board = await JsonAsync(await SendAsync(HttpMethod.Get, BoardPath, token));
        var notes = board.GetProperty("steps")[0].GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal(["Koffieochtenden in het buurthuis", "Maatjesproject"], notes.Select(n => n.GetProperty("text").GetString()).Order());
        Assert.All(notes, n => Assert.True(n.GetProperty("mine").GetBoolean()));
        var authors = board.GetProperty("authors");
        Assert.All(notes, n => Assert.Equal("Welzijn Neder-Betuwe", authors[n.GetProperty("by").GetInt32()].GetProperty("organisation").GetString()));
        Assert.Equal(ok.GetProperty("version").GetInt32(), board.GetProperty("werkgroep").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PostAction_UnknownVerb_Returns400WithDutchTitle()
    {
        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Participant), new { verb = "launchRocket", data = new { } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("unknown-verb", problem.GetProperty("code").GetString());
        Assert.Contains("Deze actie kent de server niet", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostAction_StaleNoteOnClosedStep_Returns409WithDutchTitle()
    {
        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Participant), new { verb = "addNotes", data = new { step = 2, text = "Te laat" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("step-closed", problem.GetProperty("code").GetString());
        Assert.Contains("Stap 2 is gesloten", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostAction_ParticipantOpensStep_Returns403()
    {
        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Participant), new { verb = "openStep", data = new { step = 2 } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("not-moderator", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostAction_ParticipantSetsOwnOrganisation_EarlierNotesTakeIt()
    {
        var token = _host.TokenFor(BoardApiHost.Participant);
        await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", token, new { verb = "addNotes", data = new { step = 1, text = "Buurtkamer" } });

        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", token, new { verb = "setOrganisation", data = new { organisation = "Sociaal Team" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var board = await JsonAsync(await SendAsync(HttpMethod.Get, BoardPath, token));
        Assert.Equal("Sociaal Team", board.GetProperty("viewer").GetProperty("organisation").GetString());
        var note = board.GetProperty("steps")[0].GetProperty("notes").EnumerateArray().Single(n => n.GetProperty("text").GetString() == "Buurtkamer");
        var author = board.GetProperty("authors")[note.GetProperty("by").GetInt32()];
        Assert.Equal("Sociaal Team", author.GetProperty("organisation").GetString());
    }

    [Fact]
    public async Task PostAction_ParticipantSetsModeratorsOrganisation_Returns403()
    {
        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Participant),
            new { verb = "setOrganisation", data = new { userId = BoardApiHost.Moderator.UserId, organisation = "Elders" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("not-moderator", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostAction_NonMember_Returns403AndAddsNothing()
    {
        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Outsider), new { verb = "addNotes", data = new { step = 1, text = "Indringer" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var board = await JsonAsync(await SendAsync(HttpMethod.Get, BoardPath, _host.TokenFor(BoardApiHost.Moderator)));
        Assert.DoesNotContain(board.GetProperty("steps")[0].GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString() == "Indringer");
    }

    [Fact]
    public async Task ShareLink_Valid_ReadsWithoutPersonalDataOrShareToken()
    {
        await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Participant), new { verb = "addNotes", data = new { step = 1, text = "Zichtbaar voor partners" } });
        var token = await _host.ShareTokenAsync();

        var response = await _host.Client.GetAsync($"{BoardPath}?share={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var board = JsonDocument.Parse(body).RootElement;
        Assert.Equal("reader", board.GetProperty("viewer").GetProperty("role").GetString());
        Assert.False(board.GetProperty("viewer").GetProperty("canEdit").GetBoolean());
        Assert.Equal(0, board.GetProperty("activeShareLinks").GetInt32());
        Assert.DoesNotContain(token, body);
        Assert.DoesNotContain(BoardApiHost.Participant.UserId, body);
        Assert.DoesNotContain(BoardApiHost.Moderator.UserId, body);
        Assert.Contains("Jan Jansen", body);
    }

    [Fact]
    public async Task ShareLink_CannotEdit_Returns403()
    {
        var token = await _host.ShareTokenAsync();

        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions?share={Uri.EscapeDataString(token)}", null, new { verb = "addNotes", data = new { step = 1, text = "Via deellink" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("read-only", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ShareLink_Expired_IsRefused()
    {
        var store = _host.Get<IShareLinkStore>();
        var now = DateTimeOffset.UtcNow;
        var link = new ShareLink("expired1", BoardApiHost.WerkgroepId, BoardApiHost.Moderator.UserId, now.AddDays(-8), DateTimeOffset.FromUnixTimeSeconds(now.AddDays(-1).ToUnixTimeSeconds()));
        await store.AddAsync(link, CancellationToken.None);
        var token = await _host.Get<ShareLinkService>().TokenForAsync(link, CancellationToken.None);

        var response = await _host.Client.GetAsync($"{BoardPath}?share={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("share-link-invalid", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ShareLink_RevokedByModerator_IsRefused()
    {
        var moderator = _host.TokenFor(BoardApiHost.Moderator);
        var create = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", moderator, new { verb = "createShareLink", data = new { expiresInDays = 30 } });
        var links = (await JsonAsync(await SendAsync(HttpMethod.Get, ShareLinksPath, moderator))).GetProperty("shareLinks").EnumerateArray().ToList();
        var link = Assert.Single(links);
        var url = new Uri(link.GetProperty("url").GetString()!);
        var before = await _host.Client.GetAsync($"{BoardPath}{url.Query}");

        var revoke = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", moderator, new { verb = "revokeShareLink", data = new { shareLinkId = link.GetProperty("id").GetString() } });
        var after = await _host.Client.GetAsync($"{BoardPath}{url.Query}");

        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        var revoked = (await JsonAsync(await SendAsync(HttpMethod.Get, ShareLinksPath, moderator))).GetProperty("shareLinks")[0];
        Assert.True(revoked.GetProperty("revoked").GetBoolean());
        Assert.False(revoked.GetProperty("active").GetBoolean());
        Assert.Equal(0, (await JsonAsync(await SendAsync(HttpMethod.Get, BoardPath, moderator))).GetProperty("activeShareLinks").GetInt32());
    }

    [Fact]
    public async Task ShareLinks_Moderator_ListsLinksWithWorkingUrlsUncachedWhileTheBoardOnlyCountsThem()
    {
        var moderator = _host.TokenFor(BoardApiHost.Moderator);
        var token = await _host.ShareTokenAsync();

        var response = await SendAsync(HttpMethod.Get, ShareLinksPath, moderator);
        var board = await (await SendAsync(HttpMethod.Get, BoardPath, moderator)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var link = Assert.Single((await JsonAsync(response)).GetProperty("shareLinks").EnumerateArray());
        var url = new Uri(link.GetProperty("url").GetString()!);
        Assert.Equal($"/board/{BoardApiHost.WerkgroepId}", url.AbsolutePath);
        Assert.Equal($"?share={Uri.EscapeDataString(token)}", url.Query);
        Assert.True(link.GetProperty("active").GetBoolean());
        Assert.Equal(1, JsonDocument.Parse(board).RootElement.GetProperty("activeShareLinks").GetInt32());
        Assert.DoesNotContain(token, board);
        Assert.False(JsonDocument.Parse(board).RootElement.TryGetProperty("shareLinks", out _));
    }

    [Fact]
    public async Task ShareLinks_ParticipantOrShareReader_Returns403AndNoToken()
    {
        var token = await _host.ShareTokenAsync();

        var participant = await SendAsync(HttpMethod.Get, ShareLinksPath, _host.TokenFor(BoardApiHost.Participant));
        var reader = await _host.Client.GetAsync($"{ShareLinksPath}?share={Uri.EscapeDataString(token)}");
        var anonymous = await _host.Client.GetAsync(ShareLinksPath);
        var outsider = await SendAsync(HttpMethod.Get, ShareLinksPath, _host.TokenFor(BoardApiHost.Outsider));

        Assert.Equal(HttpStatusCode.Forbidden, participant.StatusCode);
        Assert.Equal("moderator-only", (await ProblemAsync(participant)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal("moderator-only", (await ProblemAsync(reader)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal("not-a-member", (await ProblemAsync(outsider)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ShareLink_CreatedByParticipant_Returns403()
    {
        var response = await SendAsync(HttpMethod.Post, $"{BoardPath}/actions", _host.TokenFor(BoardApiHost.Participant), new { verb = "createShareLink", data = new { expiresInDays = 30 } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("moderator-only", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Export_NoToken_Returns401AndMemberGetsAttachment()
    {
        var anonymous = await _host.Client.GetAsync($"{BoardPath}/export.md");

        var response = await SendAsync(HttpMethod.Get, $"{BoardPath}/export.md", _host.TokenFor(BoardApiHost.Participant));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("Werkgroep Eenzaamheid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MyWerkgroepen_NoToken_Returns401()
    {
        var response = await _host.Client.GetAsync(BoardApiEndpoints.MyWerkgroepenPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthenticated", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task MyWerkgroepen_ShareLinkOrDevUserOutsideDevelopment_Returns401()
    {
        var token = await _host.ShareTokenAsync();

        var share = await _host.Client.GetAsync($"{BoardApiEndpoints.MyWerkgroepenPath}?share={Uri.EscapeDataString(token)}");
        var devUser = await _host.Client.GetAsync($"{BoardApiEndpoints.MyWerkgroepenPath}?dev-user={BoardApiHost.Participant.UserId}");

        Assert.Equal(HttpStatusCode.Unauthorized, share.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, devUser.StatusCode);
    }

    [Fact]
    public async Task MyWerkgroepen_TokenSignedByAnotherKey_Returns401()
    {
        await using var stranger = new TestTokenIssuer();

        var response = await SendAsync(HttpMethod.Get, BoardApiEndpoints.MyWerkgroepenPath, stranger.Token(BoardApiHost.TenantId, BoardApiHost.Participant.UserId, "Jan"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MyWerkgroepen_SameUserIdInAnotherTenant_ListsNothing()
    {
        var response = await SendAsync(HttpMethod.Get, BoardApiEndpoints.MyWerkgroepenPath, _host.TokenFor(BoardApiHost.Participant, BoardApiHost.OtherTenantId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await JsonAsync(response)).GetArrayLength());
    }

    [Fact]
    public async Task MyWerkgroepen_EachUser_SeesOnlyTheirOwnWerkgroepenWithTheirRole()
    {
        var participant = await SendAsync(HttpMethod.Get, BoardApiEndpoints.MyWerkgroepenPath, _host.TokenFor(BoardApiHost.Participant));
        var moderator = await SendAsync(HttpMethod.Get, BoardApiEndpoints.MyWerkgroepenPath, _host.TokenFor(BoardApiHost.Moderator));
        var outsider = await SendAsync(HttpMethod.Get, BoardApiEndpoints.MyWerkgroepenPath, _host.TokenFor(BoardApiHost.Outsider));

        Assert.Equal(HttpStatusCode.OK, participant.StatusCode);
        var jans = Assert.Single((await JsonAsync(participant)).EnumerateArray());
        Assert.Equal(BoardApiHost.WerkgroepId, jans.GetProperty("id").GetString());
        Assert.Equal("Werkgroep Eenzaamheid", jans.GetProperty("name").GetString());
        Assert.Equal("Kwaliteitskompas Sociaal Domein 2026", jans.GetProperty("trajectName").GetString());
        Assert.Equal("participant", jans.GetProperty("role").GetString());
        Assert.False(jans.GetProperty("current").GetBoolean());
        Assert.Equal("moderator", Assert.Single((await JsonAsync(moderator)).EnumerateArray()).GetProperty("role").GetString());
        Assert.Equal(0, (await JsonAsync(outsider)).GetArrayLength());
        Assert.Equal("no-store", participant.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task MyWerkgroepen_WithTheWerkgroepsConversation_MarksItCurrent()
    {
        var path = $"{BoardApiEndpoints.MyWerkgroepenPath}?conversationId={Uri.EscapeDataString(BoardApiHost.ConversationId)}";

        var member = await SendAsync(HttpMethod.Get, path, _host.TokenFor(BoardApiHost.Participant));
        var outsider = await SendAsync(HttpMethod.Get, path, _host.TokenFor(BoardApiHost.Outsider));

        Assert.True(Assert.Single((await JsonAsync(member)).EnumerateArray()).GetProperty("current").GetBoolean());
        Assert.Equal(0, (await JsonAsync(outsider)).GetArrayLength());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? ifNoneMatch = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await _host.Client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<JsonElement> ProblemAsync(HttpResponseMessage response) => JsonAsync(response);
}
