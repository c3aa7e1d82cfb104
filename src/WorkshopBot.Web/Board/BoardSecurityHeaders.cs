namespace WorkshopBot.Web.Board;

// The board and tab pages run inside Teams (and for partners in a plain browser): scripts and styles
// only from our own origin, framing only by Teams/Microsoft 365, no referrer leaking share tokens.
public static class BoardSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        + "connect-src 'self' https://res.cdn.office.net; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft "
        + "https://*.office.com https://*.microsoft365.com https://*.skype.com";

    private static readonly string[] Prefixes = ["/board", "/tab", "/api/boards", "/api/me", "/lib"];

    // Every answer of the board API is personal (or a refusal that depends on who asks): no cache may keep it.
    private static readonly string[] ApiPrefixes = ["/api/boards", "/api/me"];

    public static IApplicationBuilder UseBoardSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (Prefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (ApiPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
        }

        await next(context);
    });
}
