using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Model;

// A maatschappelijk resultaat (samenleving, step 2) or a result at service level (voorziening, step 5).
// Its indicators are the ExportDocument.Indicators whose ResultId equals Id.
public sealed record ExportResult(
    string Id,
    ResultLevel Level,
    string Statement,
    string TargetGroup,
    string Change,
    string Baseline,
    string Target,
    string Horizon,
    ItemStatus Status,
    IReadOnlyList<string> OpenCoachingPoints)
{
    // What a reader sees ("R1", "I3"; see Application.Projections.ItemNumbers); Id stays for links and the JSON export.
    // Empty when the item has no number (the "not yet linked" group): the renderers then show no prefix.
    public string Number { get; init; } = "";
}
