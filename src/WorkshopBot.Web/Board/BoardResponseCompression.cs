using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace WorkshopBot.Web.Board;

// Brotli or gzip for the board's JSON and the page's HTML, JS and CSS: a 2,000-note board shrinks about
// tenfold on the wire. Only for the board paths; the bot endpoint answers the Bot Connector, not browsers.
//
// HTTPS and BREACH: compressing a response that holds a secret next to attacker-chosen text lets an
// attacker who sees the encrypted sizes guess the secret byte by byte. Our board answers are
// authorised by a Bearer header (not a cookie), so another site cannot make a victim's browser fetch
// them; the attacker would have to be a werkgroep member (to write notes) who also watches the victim's
// traffic. The only secrets the board API hands out are share-link tokens, and they are kept out of the
// polled board on purpose: the board body carries only a count of active links and export links without
// ?share= (the page appends its own credentials when it fetches one), so every board poll is compressed,
// also a share reader's and a moderator's with active links. The one response with tokens, the
// moderator's GET /api/boards/{id}/share-links, is small, fetched only when the share dialog needs it, and
// sent uncompressed (SkipCompression).
public static class BoardResponseCompression
{
    private static readonly object SkipKey = new();

    private static readonly string[] Prefixes = ["/board", "/tab", "/api/boards", "/api/werkgroepen", "/lib"];

    public static IServiceCollection AddBoardResponseCompression(this IServiceCollection services)
    {
        // Registered before AddResponseCompression, whose TryAdd then keeps this provider.
        services.AddSingleton<IResponseCompressionProvider>(sp => new SkippableProvider(
            new ResponseCompressionProvider(sp, sp.GetRequiredService<IOptions<ResponseCompressionOptions>>())));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["application/json", "text/html", "text/javascript", "application/javascript", "text/css"];
        });

        // Fastest: on a 2,000-note board Brotli level 1 already gives ~10x in about a millisecond.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseBoardResponseCompression(this IApplicationBuilder app) => app.UseWhen(
        context => Prefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)),
        branch => branch.UseResponseCompression());

    // For a response that carries a secret (see above).
    public static void SkipCompression(HttpContext context) => context.Items[SkipKey] = true;

    private sealed class SkippableProvider(ResponseCompressionProvider inner) : IResponseCompressionProvider
    {
        public ICompressionProvider? GetCompressionProvider(HttpContext context) => inner.GetCompressionProvider(context);

        public bool ShouldCompressResponse(HttpContext context) =>
            !context.Items.ContainsKey(SkipKey) && inner.ShouldCompressResponse(context);

        public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);
    }
}
