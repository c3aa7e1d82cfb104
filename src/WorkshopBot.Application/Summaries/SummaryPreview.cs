using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Summaries;

// What publishing now would do: the next version number and what changed since the latest version
// (every item "added" before the first version).
public sealed record SummaryPreview(string WerkgroepName, int? PreviousVersion, int NextVersion, IReadOnlyList<SummaryChange> Changes);
