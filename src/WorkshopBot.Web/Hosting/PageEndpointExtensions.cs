namespace WorkshopBot.Web.Hosting;

public static class PageEndpointExtensions
{
    // The board page, the Teams tab configuration page and the legal pages are static files; the
    // board's werkgroep id lives in the path, so /board/{id} serves the same index.html.
    public static WebApplication MapWorkshopPages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        // Routing runs before static files and static files step aside for a matched endpoint, so the
        // id must not look like a file name or /board/board.js would get index.html.
        app.MapGet("/board/{werkgroepId:nonfile}", () => Results.File(Path.Combine(app.Environment.WebRootPath, "board", "index.html"), "text/html; charset=utf-8"));
        // The same tab in a meeting: the presenter view on the shared stage and the side panel (board/frames.js).
        app.MapGet("/board/{werkgroepId:nonfile}/stage", () => Results.File(Path.Combine(app.Environment.WebRootPath, "board", "stage.html"), "text/html; charset=utf-8"));
        app.MapGet("/board/{werkgroepId:nonfile}/side", () => Results.File(Path.Combine(app.Environment.WebRootPath, "board", "side.html"), "text/html; charset=utf-8"));
        app.MapGet("/tab/config", () => Results.File(Path.Combine(app.Environment.WebRootPath, "tab", "config.html"), "text/html; charset=utf-8"));
        app.MapGet("/privacy", () => Results.File(Path.Combine(app.Environment.WebRootPath, "privacy.html"), "text/html; charset=utf-8"));
        app.MapGet("/terms", () => Results.File(Path.Combine(app.Environment.WebRootPath, "terms.html"), "text/html; charset=utf-8"));
        return app;
    }
}
