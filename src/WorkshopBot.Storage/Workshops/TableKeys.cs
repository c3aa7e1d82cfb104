using System.Security.Cryptography;
using System.Text;

namespace WorkshopBot.Storage.Workshops;

internal static class TableKeys
{
    // Teams conversation ids contain characters Table keys forbid ('/', '\', '#', '?', control
    // characters), so they are stored base64url-encoded; very long ids are hashed to stay under the
    // 1 KiB key limit (the row keeps the original id).
    public static string ForConversation(string conversationId) => Encode(conversationId);

    // User ids are Entra object ids in Teams, but the development identity takes any text.
    public static string ForUser(string userId) => "u" + Encode(userId);

    // The trajecten a user moderates live in the same table, in a partition of their own.
    public static string ForModerator(string userId) => "m" + Encode(userId);

    private static string Encode(string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        return bytes.Length <= 600
            ? "c-" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
            : "h-" + Convert.ToHexString(SHA256.HashData(bytes));
    }
}
