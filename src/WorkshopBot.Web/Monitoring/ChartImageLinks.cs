using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using WorkshopBot.Application.Projections;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Monitoring;

// Links to an indicator's chart as a PNG for cards in chat. Teams fetches card images without the user's
// sign-in, so the link itself is the permission: "/charts/{werkgroepId}/{indicatorId}.png?expires=…&sig=…",
// an HMAC-SHA256 (the share links' key, with its own "chart-image" prefix so neither token passes for the
// other) over the werkgroep, the indicator and the expiry. It shows one chart of one werkgroep for a day and
// carries no names. Without Board:PublicBaseUrl there is no address Teams could reach: no images.
public sealed class ChartImageLinks(IShareLinkStore store, IOptions<BoardIdentityOptions> options, TimeProvider time)
{
    // A day, not longer: the link is a permission nobody can revoke, and a forwarded one should stop working
    // soon. A card in chat outlives its links; that is what the overview's refresh is for (Teams asks for the
    // card again when it is shown to a listed member, and the answer carries links signed at that moment).
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public const string ExpiresQuery = "expires";
    public const string SignatureQuery = "sig";

    // The charts of the tellen indicators with at least one measurement, for the monitoring overview: from the
    // overview's own projection, each link signed now (the overview card's refresh signs them again).
    public async Task<IReadOnlyList<ChartImageView>> ForAsync(MonitoringView view, CancellationToken cancellationToken)
    {
        if (options.Value.PublicBaseUrl is not { Length: > 0 } baseUrl)
        {
            return [];
        }

        var measured = view.Indicators.Where(i => i.Kind != IndicatorKind.Vertellen && i.Periods.Count > 0).ToList();
        if (measured.Count == 0)
        {
            return [];
        }

        var key = await store.GetOrCreateSigningKeyAsync(cancellationToken);
        var expires = (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return [.. measured.Select(i => new ChartImageView(
            i.Name,
            $"{baseUrl.TrimEnd('/')}/charts/{Uri.EscapeDataString(view.WerkgroepId)}/{Uri.EscapeDataString(i.Id)}.png?{ExpiresQuery}={expires}&{SignatureQuery}={Sign(key, view.WerkgroepId, i.Id, expires)}"))];
    }

    public async Task<bool> IsValidAsync(string werkgroepId, string indicatorId, string? expires, string? signature, CancellationToken cancellationToken)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresUnix)
            || string.IsNullOrEmpty(signature)
            || DateTimeOffset.FromUnixTimeSeconds(Math.Min(expiresUnix, 253402300799)) <= time.GetUtcNow())
        {
            return false;
        }

        var key = await store.GetOrCreateSigningKeyAsync(cancellationToken);
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(key, werkgroepId, indicatorId, expires!)),
            Encoding.ASCII.GetBytes(signature));
    }

    private static string Sign(byte[] key, string werkgroepId, string indicatorId, string expires) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"chart-image\n{werkgroepId}\n{indicatorId}\n{expires}")));
}
