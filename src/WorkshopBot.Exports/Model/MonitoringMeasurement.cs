using System.Text.Json.Serialization;

namespace WorkshopBot.Exports.Model;

// One measurement (tellen) for one period: a value, or a numerator and denominator (then the value is the
// percentage numerator / denominator × 100). CorrectionCount is how often the value was corrected after it
// was first entered; the history itself stays in the domain, the report only says that it was corrected.
public sealed record MonitoringMeasurement(
    string PeriodLabel,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    double? Value,
    double? Numerator,
    double? Denominator,
    string Source,
    string Note,
    int CorrectionCount)
{
    [JsonIgnore]
    public bool Corrected => CorrectionCount > 0;

    // The number the chart and the tables show; null when neither a value nor a usable fraction was entered.
    [JsonIgnore]
    public double? EffectiveValue => Value
        ?? (Numerator is { } n && Denominator is { } d && d != 0 ? Math.Round(n / d * 100, 2) : null);
}
