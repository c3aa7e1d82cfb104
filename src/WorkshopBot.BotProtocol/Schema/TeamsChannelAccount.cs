using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.BotProtocol.Schema;

// Member as returned by the conversation members APIs.
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
