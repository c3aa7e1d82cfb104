using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports;
using WorkshopBot.Exports.Mapping;

namespace WorkshopBot.Web.Board;

// Reading a board: GET /api/boards/{id} (per-viewer ETag, 304) and GET /api/boards/{id}/export.{format}.
public static class BoardEndpoints
{
    public static RouteGroupBuilder MapBoardEndpoints(this RouteGroupBuilder board)
    {
        board.MapGet("", GetBoardAsync).RequireWerkgroep(BoardPolicies.Reader);
        board.MapGet("/export.{format}", ExportAsync).RequireWerkgroep(BoardPolicies.Reader);
        return board;
    }

    private static async Task<Results<PreserializedJson<BoardView>, StatusCodeHttpResult>> GetBoardAsync(
        HttpContext http,
        [AsParameters] BoardServices services,
        CancellationToken cancellationToken)
    {
        var (werkgroep, viewer, _) = AuthorizedBoard.Of(http);
        var traject = await services.Workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken);
        var now = services.Time.GetUtcNow();
        var activeLinks = viewer.IsModerator
            ? (await services.ShareLinkStore.ListAsync(werkgroep.Id, cancellationToken)).Count(link => link.IsActiveAt(now))
            : 0;

        // No secret in this body for any viewer (no share tokens, export links without ?share=), so it is
        // compressed like the page itself; see BoardResponseCompression on BREACH.
        var view = BoardViewFactory.Build(werkgroep, traject, viewer, activeLinks);
        var body = JsonSerializer.SerializeToUtf8Bytes(view, BoardJsonContext.Default.BoardView);

        // The body differs per viewer (mine, myVotes, dotsLeft, active share links), so the ETag does too.
        var etag = $"W/\"{werkgroep.Version}-{Convert.ToHexStringLower(SHA256.HashData(body))[..16]}\"";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(value => value == etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return new PreserializedJson<BoardView>(view, body);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string format,
        HttpContext http,
        [AsParameters] BoardServices services,
        CancellationToken cancellationToken)
    {
        var (werkgroep, viewer, text) = AuthorizedBoard.Of(http);
        var exportFormat = ExportFormats.FromExtension(format);
        if (exportFormat is null)
        {
            return BoardProblem.UnknownFormat(text).ToResult();
        }

        var traject = await services.Workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken);
        var document = WerkgroepExportMapper.From(traject, werkgroep, services.Time.GetUtcNow());
        if (viewer.Role == BoardViewer.Reader)
        {
            // A share link is for partners outside the tenant: they get the group's work and which
            // organisations took part, not the names of its members (GDPR data minimisation).
            document = document.WithoutPersonNames();
        }

        var file = Exporters.Render(exportFormat.Value, document, Language.Dutch);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
