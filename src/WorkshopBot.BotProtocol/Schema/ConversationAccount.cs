using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.BotProtocol.Schema;

public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    // Teams sends "personal", "groupChat" and "channel", but clients differ in casing.
    public bool IsConversationType(string conversationType) =>
        string.Equals(ConversationType, conversationType, StringComparison.OrdinalIgnoreCase);
}
