using System.Collections.Concurrent;

namespace WorkshopBot.BotProtocol.Connector;

// Our outbound token is only sent to service URLs we learnt from authenticated activities (or
// stored references made from them) and the documented Teams global URL, so a forged
// serviceUrl cannot harvest it.
public sealed class TrustedServiceUrls
{
    public const string TeamsGlobalServiceUrl = "https://smba.trafficmanager.net/teams/";

    // Microsoft uses a handful of regional service URLs; the cap only guards memory.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, byte> urls = new(StringComparer.Ordinal);

    public TrustedServiceUrls()
    {
        Trust(TeamsGlobalServiceUrl);
    }

    public void Trust(string serviceUrl)
    {
        var key = Normalize(serviceUrl);
        if (key is not null && (urls.Count < MaxEntries || urls.ContainsKey(key)))
        {
            urls.TryAdd(key, 0);
        }
    }

    public bool IsTrusted(string serviceUrl)
    {
        var key = Normalize(serviceUrl);
        return key is not null && urls.ContainsKey(key);
    }

    internal static string? Normalize(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}:{uri.Port}{path.ToLowerInvariant()}";
    }
}
