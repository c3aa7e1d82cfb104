using WorkshopBot.Domain.Localization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports;
using WorkshopBot.Exports.Mapping;
using WorkshopBot.Web.Bot;
using WorkshopBot.Web.Identity;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Board;

// The board page's HTTP API: GET /api/boards/{id} (per-viewer ETag, 304), POST /api/boards/{id}/actions,
// GET /api/boards/{id}/share-links (moderators), GET /api/boards/{id}/export.{format} and
// GET /api/me/werkgroepen. Every board change goes through
// WerkgroepOperations, the same table the Teams cards use.
public static class BoardApiEndpoints
{
    public const string MyWerkgroepenPath = "/api/me/werkgroepen";
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private const int MaxActionBytes = 64 * 1024;
    private const int MaxIdempotencyKeyLength = 128;

    public static IHostApplicationBuilder AddBoardApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BoardAccess>();
        builder.Services.AddSingleton<UserWerkgroepenQuery>();
        builder.Services.AddBoardResponseCompression();
        return builder;
    }

    public static WebApplication MapBoardApi(this WebApplication app)
    {
        app.UseBoardSecurityHeaders();
        app.UseBoardResponseCompression();
        app.MapGet("/api/boards/{werkgroepId}", GetBoardAsync);
        app.MapPost("/api/boards/{werkgroepId}/actions", PostActionAsync);
        app.MapGet("/api/boards/{werkgroepId}/share-links", ListShareLinksAsync);
        app.MapGet("/api/boards/{werkgroepId}/export.{format}", ExportAsync);
        app.MapGet(MyWerkgroepenPath, ListMyWerkgroepenAsync);
        return app;
    }

    private static async Task<IResult> GetBoardAsync(
        string werkgroepId,
        HttpContext http,
        WorkshopService workshops,
        BoardAccess access,
        IShareLinkStore shareLinkStore,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (werkgroep, viewer, problem) = await LoadAsync(werkgroepId, http, workshops, access, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var traject = await workshops.GetTrajectAsync(werkgroep!.TrajectId, cancellationToken);
        var now = time.GetUtcNow();
        var activeLinks = viewer!.IsModerator
            ? (await shareLinkStore.ListAsync(werkgroep.Id, cancellationToken)).Count(link => link.IsActiveAt(now))
            : 0;

        // No secret in this body for any viewer (no share tokens, export links without ?share=), so it is
        // compressed like the page itself; see BoardResponseCompression on BREACH.
        var view = BoardViewFactory.Build(werkgroep, traject, viewer, activeLinks);
        var body = JsonSerializer.SerializeToUtf8Bytes(view, JsonSerializerOptions.Web);

        // The body differs per viewer (mine, myVotes, dotsLeft, active share links), so the ETag does too.
        var etag = $"W/\"{werkgroep.Version}-{Convert.ToHexStringLower(SHA256.HashData(body))[..16]}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.Headers.IfNoneMatch.Any(value => value == etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    // The moderator's share links with their URLs, for the share dialog (issue 5: links are listed on the
    // board). Kept out of the polled board so that body holds no token: this one is fetched only when the
    // dialog opens or a link was made or revoked, never cached and never compressed (BREACH).
    private static async Task<IResult> ListShareLinksAsync(
        string werkgroepId,
        HttpContext http,
        WorkshopService workshops,
        BoardAccess access,
        IShareLinkStore shareLinkStore,
        ShareLinkService shareLinks,
        IOptions<BoardIdentityOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        BoardResponseCompression.SkipCompression(http);
        http.Response.Headers.CacheControl = "no-store";
        var (werkgroep, viewer, problem) = await LoadAsync(werkgroepId, http, workshops, access, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        if (!viewer!.IsModerator)
        {
            return BoardProblem.ModeratorOnly.ToResult();
        }

        var links = await ShareLinkViewsAsync(werkgroep!.Id, http, shareLinkStore, shareLinks, options.Value, time, cancellationToken);
        return Results.Json(new { shareLinks = links }, JsonSerializerOptions.Web);
    }

    private static async Task<IResult> PostActionAsync(
        string werkgroepId,
        HttpContext http,
        WorkshopService workshops,
        WerkgroepCommandHandler werkgroepen,
        BoardAccess access,
        ShareLinkService shareLinks,
        IShareLinkStore shareLinkStore,
        IActivityDeduplicator deduplicator,
        IOptions<BoardIdentityOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (werkgroep, viewer, problem) = await LoadAsync(werkgroepId, http, workshops, access, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        if (!viewer!.CanEdit)
        {
            return BoardProblem.ReadOnly.ToResult();
        }

        var request = await ReadActionAsync(http, cancellationToken);
        if (request is null)
        {
            return BoardProblem.BadRequest.ToResult();
        }

        var (verb, data, bodyKey) = request.Value;
        var key = http.Request.Headers[IdempotencyKeyHeader].FirstOrDefault() ?? bodyKey;
        if (key is null)
        {
            var operationKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            return (await ApplyActionAsync(werkgroep!, viewer, verb, data, operationKey, werkgroepen, shareLinks, shareLinkStore, options.Value, time, cancellationToken)).ToResult();
        }

        if (!IsValidIdempotencyKey(key))
        {
            return BoardProblem.BadIdempotencyKey.ToResult();
        }

        // The same claim table as redelivered bot activities, in a scope of its own: one werkgroep and one
        // user, so another person's key can never replay or block this person's action.
        var scope = $"board|{werkgroep!.Id}|{viewer.UserId}";
        var claim = await deduplicator.TryClaimAsync(scope, key, cancellationToken);
        switch (claim.Status)
        {
            case DeduplicationStatus.Completed:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return claim.StoredResponse is { Body: JsonObject stored } response
                    ? new BoardActionOutcome(response.Status, stored).ToResult()
                    : BoardActionOutcome.Ok(werkgroep.Version).ToResult();
            case DeduplicationStatus.InProgress:
                return BoardProblem.ActionInProgress.ToResult();
        }

        // From here the action runs to the end even when the caller hangs up (a client that timed out will
        // retry with the same key and must find the outcome). Ids derived from the key make a retry after a
        // lost claim a no-op in the domain as well.
        BoardActionOutcome outcome;
        try
        {
            var operationKey = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(scope + "|" + key)))[..16];
            outcome = await ApplyActionAsync(werkgroep, viewer, verb, data, operationKey, werkgroepen, shareLinks, shareLinkStore, options.Value, time, CancellationToken.None);
        }
        catch
        {
            await deduplicator.ReleaseAsync(scope, key, CancellationToken.None);
            throw;
        }

        if (outcome.Status >= StatusCodes.Status500InternalServerError)
        {
            // Too busy and the like: nothing was applied, so a retry with this key should try again.
            await deduplicator.ReleaseAsync(scope, key, CancellationToken.None);
        }
        else
        {
            await deduplicator.CompleteAsync(scope, key, new InvokeResponse(outcome.Status, outcome.Body.DeepClone()), CancellationToken.None);
        }

        return outcome.ToResult();
    }

    private static async Task<BoardActionOutcome> ApplyActionAsync(
        Werkgroep werkgroep,
        BoardViewer viewer,
        string verb,
        JsonElement data,
        string operationKey,
        WerkgroepCommandHandler werkgroepen,
        ShareLinkService shareLinks,
        IShareLinkStore shareLinkStore,
        BoardIdentityOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var cardData = new CardData(data);
        switch (verb)
        {
            case "createShareLink":
                return await CreateShareLinkAsync(werkgroep, viewer, cardData, shareLinks, options, cancellationToken);
            case "revokeShareLink":
                if (!viewer.IsModerator)
                {
                    return BoardActionOutcome.From(BoardProblem.ModeratorOnly);
                }

                return await shareLinkStore.RevokeAsync(werkgroep.Id, cardData.String("shareLinkId") ?? "", time.GetUtcNow(), cancellationToken)
                    ? BoardActionOutcome.Ok(werkgroep.Version)
                    : BoardActionOutcome.From(BoardProblem.ShareLinkNotFound);
        }

        if (CommandJson.Parse(verb, data) is not { } command)
        {
            return BoardActionOutcome.From(BoardProblem.UnknownVerb);
        }

        // The page's caller is already authorised for this werkgroep (member or moderator, right tenant).
        var context = new CommandContext(new Caller(viewer.UserId!, viewer.Name), WerkgroepTarget.Werkgroep(werkgroep.Id), operationKey, Language.Dutch);
        var result = await werkgroepen.ExecuteAsync(command, context, cancellationToken);
        if (!result.IsSuccess)
        {
            var error = result.Error;
            return BoardActionOutcome.From(new BoardProblem(ErrorCatalog.StatusOf(error.Code), error.Code, ErrorCatalog.MessageFor(error, Language.Dutch)));
        }

        return BoardActionOutcome.Ok(result.Value.Werkgroep.Version);
    }

    // Printable ASCII without spaces, like a UUID or a random base64url string.
    private static bool IsValidIdempotencyKey(string key) =>
        key.Length is > 0 and <= MaxIdempotencyKeyLength && key.All(c => c is > ' ' and <= '~');

    private static async Task<IResult> ExportAsync(
        string werkgroepId,
        string format,
        HttpContext http,
        WorkshopService workshops,
        BoardAccess access,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ExportFormat? exportFormat = format.ToLowerInvariant() switch
        {
            "docx" => ExportFormat.Docx,
            "xlsx" => ExportFormat.Xlsx,
            "md" => ExportFormat.Markdown,
            "csv" => ExportFormat.Csv,
            "json" => ExportFormat.Json,
            _ => null,
        };
        if (exportFormat is null)
        {
            return BoardProblem.UnknownFormat.ToResult();
        }

        var (werkgroep, _, problem) = await LoadAsync(werkgroepId, http, workshops, access, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var traject = await workshops.GetTrajectAsync(werkgroep!.TrajectId, cancellationToken);
        var document = WerkgroepExportMapper.From(traject, werkgroep, time.GetUtcNow());
        var file = Exporters.Render(exportFormat.Value, document, Language.Dutch);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    // The werkgroepen the signed-in user belongs to (member or moderator), for the tab configuration page.
    // ?conversationId= (the Teams chat or channel the tab is added to) marks the werkgroep bound to it, so
    // the page can preselect it; the id only marks, it never adds a werkgroep the user is not in.
    private static async Task<IResult> ListMyWerkgroepenAsync(
        HttpContext http,
        BoardAccess access,
        UserWerkgroepenQuery query,
        WorkshopService workshops,
        CancellationToken cancellationToken)
    {
        var caller = await access.CallerAsync(http, cancellationToken);
        if (caller is null || caller.IsReadOnly || caller.UserId.Length == 0)
        {
            return BoardProblem.Unauthenticated.ToResult();
        }

        var tenantId = caller.Kind == BoardCallerKind.TeamsUser ? caller.TenantId ?? "" : null;
        var werkgroepen = await query.ListAsync(caller.UserId, tenantId, cancellationToken);
        var current = http.Request.Query["conversationId"].FirstOrDefault() is { Length: > 0 } conversationId
            ? (await workshops.FindWerkgroepByConversationAsync(conversationId, cancellationToken))?.Id
            : null;
        var views = werkgroepen.Select(w => new
        {
            id = w.WerkgroepId,
            name = w.Name,
            trajectId = w.TrajectId,
            trajectName = w.TrajectName,
            role = w.Role == WerkgroepRole.Moderator ? BoardViewer.Moderator : BoardViewer.Participant,
            lastChangedAt = w.LastChangedAt,
            current = w.WerkgroepId == current,
        });
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(views, JsonSerializerOptions.Web);
    }

    private static async Task<(Werkgroep? Werkgroep, BoardViewer? Viewer, BoardProblem? Problem)> LoadAsync(
        string werkgroepId,
        HttpContext http,
        WorkshopService workshops,
        BoardAccess access,
        CancellationToken cancellationToken)
    {
        // Anonymous callers learn nothing, not even whether a werkgroep exists.
        var hasCredentials = http.Request.Query.ContainsKey(BoardAccess.ShareQuery)
            || http.Request.Query.ContainsKey(BoardAccess.DevUserQuery)
            || http.Request.Headers.Authorization.Count > 0;
        if (!hasCredentials)
        {
            return (null, null, BoardProblem.Unauthenticated);
        }

        var werkgroep = await workshops.GetWerkgroepAsync(werkgroepId, cancellationToken);
        if (werkgroep is null)
        {
            return (null, null, BoardProblem.WerkgroepNotFound);
        }

        var (viewer, problem) = await access.ViewerAsync(http, werkgroep, cancellationToken);
        return (werkgroep, viewer, problem);
    }

    private static async Task<(string Verb, JsonElement Data, string? IdempotencyKey)?> ReadActionAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxActionBytes)
        {
            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("verb", out var verb)
                || verb.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
                ? d.Clone()
                : JsonDocument.Parse("{}").RootElement.Clone();
            var key = root.TryGetProperty("idempotencyKey", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            return (verb.GetString()!, data, key);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<BoardActionOutcome> CreateShareLinkAsync(
        Werkgroep werkgroep,
        BoardViewer viewer,
        CardData data,
        ShareLinkService shareLinks,
        BoardIdentityOptions options,
        CancellationToken cancellationToken)
    {
        if (!viewer.IsModerator)
        {
            return BoardActionOutcome.From(BoardProblem.ModeratorOnly);
        }

        var days = data.Int("expiresInDays");
        if (days is null || days < 1 || days > options.ShareLinkMaxDays)
        {
            return BoardActionOutcome.From(new BoardProblem(StatusCodes.Status400BadRequest, "bad-expiry", $"Kies een geldigheid tussen 1 en {options.ShareLinkMaxDays} dagen."));
        }

        await shareLinks.CreateAsync(werkgroep.Id, viewer.UserId!, days.Value, cancellationToken);
        return BoardActionOutcome.Ok(werkgroep.Version);
    }

    private static async Task<IReadOnlyList<object>> ShareLinkViewsAsync(
        string werkgroepId,
        HttpContext http,
        IShareLinkStore store,
        ShareLinkService shareLinks,
        BoardIdentityOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var baseUrl = (options.PublicBaseUrl ?? $"{http.Request.Scheme}://{http.Request.Host}").TrimEnd('/');
        var views = new List<object>();
        foreach (var link in (await store.ListAsync(werkgroepId, cancellationToken)).OrderBy(l => l.CreatedAt))
        {
            var token = await shareLinks.TokenForAsync(link, cancellationToken);
            views.Add(new
            {
                id = link.Id,
                createdAt = link.CreatedAt,
                expiresAt = link.ExpiresAt,
                revoked = link.RevokedAt is not null,
                active = link.IsActiveAt(now),
                url = $"{baseUrl}/board/{Uri.EscapeDataString(werkgroepId)}?share={Uri.EscapeDataString(token)}",
            });
        }

        return views;
    }
}
