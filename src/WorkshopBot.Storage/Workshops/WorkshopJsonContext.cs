using System.Text.Json.Serialization;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Storage.Workshops;

// Computed properties (VoteCount, IsActive, Kind, CompassStep…) are get-only and not stored.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Werkgroep))]
[JsonSerializable(typeof(Traject))]
internal sealed partial class WorkshopJsonContext : JsonSerializerContext;
