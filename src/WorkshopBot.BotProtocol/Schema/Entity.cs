using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.BotProtocol.Schema;

// One record for all entity types: only mentions are interpreted, everything else round-trips
// through Properties.
public sealed record Entity
{
    public const string MentionType = "mention";

    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);

    public static Entity Mention(ChannelAccount mentioned, string text) =>
        new() { Type = MentionType, Mentioned = mentioned, Text = text };
}
