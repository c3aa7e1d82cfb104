using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Cards.Views;

// What publishing would do, shown to the moderator before they confirm: PreviousVersion is null before
// the first version (every item is then "added").
public sealed record SummaryPreviewView(string WerkgroepName, int? PreviousVersion, int NextVersion, IReadOnlyList<SummaryChange> Changes);
