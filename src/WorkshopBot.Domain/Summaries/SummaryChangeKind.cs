namespace WorkshopBot.Domain.Summaries;

public enum SummaryChangeKind
{
    Added,
    Changed,
    Removed,
}
