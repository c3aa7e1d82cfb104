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
    IReadOnlyList<string> OpenCoachingPoints);
