using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.BotProtocol.Schema;

// Not sealed: TeamsChannelAccount extends it, as in Microsoft.Bot.Schema.
public record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static ChannelAccount Create(string id, string? name = null) => new() { Id = id, Name = name };
}
