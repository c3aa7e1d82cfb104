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

    // A key holds at most 1 KiB of UTF-16.
    private const int MaxKeyChars = 512;

    // Ids that are used as keys as they are (werkgroep, traject, share link and review ids) are made by
    // us and always valid. One from a route or a card can be anything, and a point read with a key Table
    // storage forbids fails with 400 instead of finding nothing. Such an id names nothing we stored:
    // readers check it here and answer "not found" without a request.
    // https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#characters-disallowed-in-key-fields
    public static bool IsStorable(string? id) =>
        id is { Length: > 0 and <= MaxKeyChars } && !id.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) || char.IsSurrogate(c));

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
