using System.Security.Cryptography;
using System.Text;

namespace WorkshopBot.Storage.Protocol;

// Teams ids contain characters Table keys forbid (e.g. '/' in some ids, '#' and '?' are possible)
// and can be long, so keys built from them are fixed-length SHA-256 hex digests.
internal static class TableKeys
{
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
