using System.Security.Cryptography;
using System.Text;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Application.Werkgroepen;

// Every id the application makes. Derived from the operation key (or the conversation), so a redelivered
// activity or a retried request produces the same id and the domain treats it as already done.
public static class ItemIds
{
    public static string For(FormalItemKind kind, string operationKey) => $"{Prefix(kind)}-{operationKey}";

    public static string Traject(string operationKey) => "tr-" + operationKey;

    // One werkgroep per conversation: its id follows from the conversation, whoever starts it.
    public static string Werkgroep(string conversationId) => "wg-" + Hash(conversationId);

    // 16 hex characters of a hash: stable per activity, short enough for card data and table keys.
    public static string OperationKey(string scope, string deliveryId) => Hash($"{scope}|{deliveryId}")[..16];

    private static string Prefix(FormalItemKind kind) => kind switch
    {
        FormalItemKind.Result => "res",
        FormalItemKind.Indicator => "ind",
        FormalItemKind.Activity => "act",
        _ => "qa",
    };

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..24];
}
