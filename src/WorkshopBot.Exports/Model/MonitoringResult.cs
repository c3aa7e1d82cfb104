namespace WorkshopBot.Exports.Model;

// A societal result with the indicators the werkgroep follows for it, and the stories a partner linked to
// the result itself (stories linked to an indicator are that indicator's).
public sealed record MonitoringResult(
    string Id,
    string Statement,
    IReadOnlyList<MonitoringIndicator> Indicators)
{
    // What a reader sees ("R1", "I3"; see Application.Projections.ItemNumbers); Id stays for links and the JSON export.
    // Empty when the item has no number (the "not yet linked" group): the renderers then show no prefix.
    public string Number { get; init; } = "";

    public IReadOnlyList<MonitoringStory> Stories { get; init; } = [];
}
