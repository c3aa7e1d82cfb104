using Microsoft.Extensions.Configuration;

namespace WorkshopBot.BotProtocol.Hosting;

// Whether this host can only be reached from the machine itself: every configured URL names a loopback host
// and nothing (App Service, ASPNETCORE_HTTP_PORTS, a Kestrel endpoint) binds it elsewhere. Only then may a host
// outside Development run without a bot app id or an SSO tenant — a benchmark or a local Production-shaped run,
// as the Bot Framework Emulator does. A deployment always fails this check: App Service sets WEBSITE_SITE_NAME
// and binds all interfaces, and no URLs at all (IIS, defaults) counts as "not known to be loopback".
public static class LoopbackOnlyHost
{
    public static bool IsLoopbackOnly(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrEmpty(configuration["WEBSITE_SITE_NAME"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"]))
        {
            return false;
        }

        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]);
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var all = urls.Concat(endpoints).ToList();
        return all.Count > 0 && all.All(IsLoopbackUrl);
    }

    private static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));
}
