using System.Text.Json.Serialization;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Storage.Workshops;

// Every werkgroep, traject and note row goes through this source-generated context (no reflection on the
// save path). Computed properties (VoteCount, IsActive, Kind, CompassStep…) are get-only and not stored.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Werkgroep))]
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(Traject))]
internal sealed partial class WorkshopJsonContext : JsonSerializerContext;
