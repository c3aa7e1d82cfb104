namespace WorkshopBot.Exports.Model;

// A societal result with the indicators the werkgroep follows for it, and the stories a partner linked to
// the result itself (stories linked to an indicator are that indicator's).
public sealed record MonitoringResult(
    string Id,
    string Statement,
    IReadOnlyList<MonitoringIndicator> Indicators)
{
    public IReadOnlyList<MonitoringStory> Stories { get; init; } = [];
}
