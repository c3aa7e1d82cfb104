using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.BotProtocol.Schema;

public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }

    public TeamInfo? Team { get; init; }

    public ChannelInfo? Channel { get; init; }

    public MeetingInfo? Meeting { get; init; }

    public string? EventType { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
