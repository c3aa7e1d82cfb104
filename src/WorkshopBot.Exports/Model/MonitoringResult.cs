namespace WorkshopBot.Exports.Model;

// A societal result with the indicators the werkgroep follows for it.
public sealed record MonitoringResult(
    string Id,
    string Statement,
    IReadOnlyList<MonitoringIndicator> Indicators);
