using System.Text.Json.Serialization;

namespace WorkshopBot.TestKit.Playground;

public sealed record PlaygroundUser(
    string Id,
    string Name,
    string AadObjectId,
    string GivenName,
    string Surname,
    string Email,
    // Spelled as in the Playground's config schema.
    [property: JsonPropertyName("userPrincipleName")] string UserPrincipalName);
