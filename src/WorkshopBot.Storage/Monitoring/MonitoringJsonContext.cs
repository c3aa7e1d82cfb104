using System.Text.Json.Serialization;
using WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Storage.Monitoring;

// Computed properties (a period's Key and dates, a measurement's Effective value) are get-only and not stored.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(WerkgroepMonitoring))]
internal sealed partial class MonitoringJsonContext : JsonSerializerContext;
