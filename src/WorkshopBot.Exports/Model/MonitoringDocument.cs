namespace WorkshopBot.Exports.Model;

// What the monitoring exports (step 6, the improvement cycle) show for one traject or werkgroep: per result
// its indicators with their time series and stories, and the werkgroep's reflections and improvement actions.
// Plain records, flattened by the caller from the read-side projection; every exporter cleans the text first.
public sealed record MonitoringDocument(
    string Title,
    string Gemeente,
    string TrajectName,
    string WerkgroepName,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<MonitoringResult> Results,
    IReadOnlyList<MonitoringReflection> Reflections,
    IReadOnlyList<MonitoringImprovementAction> ImprovementActions)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<MonitoringIndicator> Indicators => Results.SelectMany(r => r.Indicators);

    // Whether the projection left the nice-to-know indicators out (MonitoringProjection's NeedFilter, the
    // one place that filters): the report says so. Results left without indicators stay, so the report
    // still names them.
    public bool NeedToKnowOnly { get; init; }
}
