using System.Text.Json.Serialization;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Storage.Summaries;

// Computed properties (NotResponded, OrganisationsNotResponded) are get-only and not stored.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SummaryReview))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
