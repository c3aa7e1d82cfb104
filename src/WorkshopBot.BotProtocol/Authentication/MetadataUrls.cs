namespace WorkshopBot.BotProtocol.Authentication;

// Key material must come over TLS; plain http is allowed only for a key set served by tests on
// the loopback interface.
internal static class MetadataUrls
{
    public static bool IsAllowed(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    public static bool RequiresHttps(Uri uri) => !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
