using System.Text.Json.Serialization;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Model;

// One indicator with its definition (as far as the monitoring needs it) and everything gathered for it:
// measurements for tellen, stories for vertellen (an indicator may have both). Baseline and Target are
// numbers in Unit; null when the werkgroep has not set them. A null Direction is one not chosen yet.
public sealed record MonitoringIndicator(
    string Id,
    string Name,
    IndicatorKind Kind,
    string Unit,
    double? Baseline,
    double? Target,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IndicatorDirection? Direction,
    string Frequency,
    InformationNeed Need,
    string DataOwnerOrganisation,
    IReadOnlyList<MonitoringMeasurement> Measurements,
    IReadOnlyList<MonitoringStory> Stories)
{
    // What a reader sees ("R1", "I3"; see Application.Projections.ItemNumbers); Id stays for links and the JSON export.
    // Empty when the item has no number (the "not yet linked" group): the renderers then show no prefix.
    public string Number { get; init; } = "";

    // Measurements and stories in time order, whatever order the caller gave them in.
    [JsonIgnore]
    public IReadOnlyList<MonitoringMeasurement> MeasurementsInOrder =>
        [.. Measurements.OrderBy(m => m.PeriodStart).ThenBy(m => m.PeriodEnd)];
}
