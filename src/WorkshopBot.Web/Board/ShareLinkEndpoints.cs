using Microsoft.AspNetCore.Http.HttpResults;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Bot;

namespace WorkshopBot.Web.Board;

// GET /api/boards/{id}/share-links (moderators) and the createShareLink / revokeShareLink board actions.
public static class ShareLinkEndpoints
{
    public const string CreateVerb = "createShareLink";
    public const string RevokeVerb = "revokeShareLink";

    public static RouteGroupBuilder MapShareLinkEndpoints(this RouteGroupBuilder board)
    {
        board.MapGet("/share-links", ListAsync).RequireWerkgroep(BoardPolicies.Moderator);
        return board;
    }

    // The moderator's share links with their URLs, for the share dialog (issue 5: links are listed on the
    // board). Kept out of the polled board so that body holds no token: this one is fetched only when the
    // dialog opens or a link was made or revoked, never cached and never compressed (BREACH).
    private static async Task<Ok<BoardShareLinksView>> ListAsync(
        HttpContext http,
        [AsParameters] ShareLinkServices services,
        CancellationToken cancellationToken)
    {
        BoardResponseCompression.SkipCompression(http);
        var werkgroepId = AuthorizedBoard.Of(http).Werkgroep.Id;
        var now = services.Time.GetUtcNow();
        var baseUrl = (services.Options.Value.PublicBaseUrl ?? $"{http.Request.Scheme}://{http.Request.Host}").TrimEnd('/');
        var views = new List<BoardShareLinkView>();
        foreach (var link in (await services.Store.ListAsync(werkgroepId, cancellationToken)).OrderBy(l => l.CreatedAt))
        {
            var token = await services.ShareLinks.TokenForAsync(link, cancellationToken);
            views.Add(new BoardShareLinkView(
                link.Id,
                link.CreatedAt,
                link.ExpiresAt,
                link.RevokedAt is not null,
                link.IsActiveAt(now),
                $"{baseUrl}/board/{Uri.EscapeDataString(werkgroepId)}?share={Uri.EscapeDataString(token)}"));
        }

        return TypedResults.Ok(new BoardShareLinksView(views));
    }

    // The share-link verbs of POST /api/boards/{id}/actions; null for any other verb.
    public static async Task<BoardActionOutcome?> ApplyActionAsync(
        AuthorizedBoard board,
        string verb,
        CardData data,
        ShareLinkServices services,
        CancellationToken cancellationToken)
    {
        if (verb is not (CreateVerb or RevokeVerb))
        {
            return null;
        }

        var (werkgroep, viewer, text) = board;
        if (!viewer.IsModerator)
        {
            return BoardActionOutcome.From(BoardProblem.For(BoardDenial.ModeratorOnly, text));
        }

        return verb == CreateVerb
            ? await CreateAsync(werkgroep, viewer, data.Int("expiresInDays"), text, services, cancellationToken)
            : await services.Store.RevokeAsync(werkgroep.Id, data.String("shareLinkId") ?? "", services.Time.GetUtcNow(), cancellationToken)
                ? BoardActionOutcome.Ok(werkgroep.Version)
                : BoardActionOutcome.From(BoardProblem.ShareLinkNotFound(text));
    }

    private static async Task<BoardActionOutcome> CreateAsync(
        Werkgroep werkgroep,
        BoardViewer viewer,
        int? days,
        BoardText text,
        ShareLinkServices services,
        CancellationToken cancellationToken)
    {
        var maxDays = services.Options.Value.ShareLinkMaxDays;
        if (days is null || days < 1 || days > maxDays)
        {
            return BoardActionOutcome.From(BoardProblem.BadExpiry(text, maxDays));
        }

        await services.ShareLinks.CreateAsync(werkgroep.Id, viewer.UserId!, days.Value, cancellationToken);
        return BoardActionOutcome.Ok(werkgroep.Version);
    }
}
