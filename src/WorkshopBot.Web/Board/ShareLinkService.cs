using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using WorkshopBot.Domain.Sharing;

namespace WorkshopBot.Web.Board;

// Share-link tokens are "{linkId}.{expiresUnixSeconds}.{signature}". The signature (HMAC-SHA256 over
// werkgroep id, link id and expiry) lets us refuse forged or tampered tokens without a storage read;
// the stored row then decides revocation. A token is bound to one werkgroep's board.
public sealed class ShareLinkService(IShareLinkStore store, TimeProvider time)
{
    public async Task<(ShareLink Link, string Token)> CreateAsync(string werkgroepId, string createdByUserId, int validDays, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = DateTimeOffset.FromUnixTimeSeconds(now.AddDays(validDays).ToUnixTimeSeconds());
        var link = new ShareLink(WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12)), werkgroepId, createdByUserId, now, expires);
        await store.AddAsync(link, cancellationToken);
        return (link, await TokenForAsync(link, cancellationToken));
    }

    public async Task<string> TokenForAsync(ShareLink link, CancellationToken cancellationToken)
    {
        var key = await store.GetOrCreateSigningKeyAsync(cancellationToken);
        var expires = link.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{link.Id}.{expires}.{Sign(key, link.WerkgroepId, link.Id, expires)}";
    }

    // Returns the link when the token is genuine, for this werkgroep, unexpired and not revoked.
    public async Task<ShareLink?> ValidateAsync(string werkgroepId, string? token, CancellationToken cancellationToken)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || parts[0].Length is 0 or > 64
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresUnix))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (DateTimeOffset.FromUnixTimeSeconds(Math.Min(expiresUnix, 253402300799)) <= now)
        {
            return null;
        }

        var key = await store.GetOrCreateSigningKeyAsync(cancellationToken);
        var expected = Encoding.ASCII.GetBytes(Sign(key, werkgroepId, parts[0], parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        var link = await store.GetAsync(werkgroepId, parts[0], cancellationToken);
        return link is not null && link.IsActiveAt(now) && link.ExpiresAt.ToUnixTimeSeconds() == expiresUnix ? link : null;
    }

    private static string Sign(byte[] key, string werkgroepId, string linkId, string expires)
    {
        var payload = Encoding.UTF8.GetBytes($"{werkgroepId}\n{linkId}\n{expires}");
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, payload));
    }
}
