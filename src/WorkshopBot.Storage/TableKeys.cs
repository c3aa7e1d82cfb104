using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WorkshopBot.Storage;

// Every Table key built from an outside id comes from here. Teams ids contain characters Table keys
// forbid ('/', '\', '#', '?', control characters) and can be long (a key holds at most 1 KiB).
// The two forms and their letter case differ only for historical reasons, and rows are already stored
// under them: the exact output is pinned by TableKeysTests and must not change.
internal static class TableKeys
{
    // Above this many UTF-8 bytes the base64url form would come too close to the key limit.
    private const int MaxBase64UrlBytes = 600;

    // Fixed-length lowercase SHA-256 hex, for keys that are only looked up, never read back
    // (conversation references, dedupe claims, running timers).
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string ForConversation(string conversationId) => Base64UrlOrHash(conversationId);

    // User ids are Entra object ids in Teams, but the development identity takes any text.
    public static string ForUser(string userId) => "u" + Base64UrlOrHash(userId);

    // The trajecten a user moderates live in the same table as ForUser, in a partition of their own.
    public static string ForModerator(string userId) => "m" + Base64UrlOrHash(userId);

    // "c-" + unpadded base64url of the UTF-8 bytes, so the key still shows the id; very long ids become
    // "h-" + uppercase SHA-256 hex (the row keeps the original id).
    private static string Base64UrlOrHash(string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        return bytes.Length <= MaxBase64UrlBytes
            ? "c-" + Base64Url.EncodeToString(bytes)
            : "h-" + Convert.ToHexString(SHA256.HashData(bytes));
    }
}
