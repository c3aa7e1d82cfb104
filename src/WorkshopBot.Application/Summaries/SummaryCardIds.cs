namespace WorkshopBot.Application.Summaries;

// The summary id on a card carries the traject too, because reviews are stored per traject and the
// card's thread is not bound to a werkgroep. Card data only locates the review; roles come from the
// stored review.
public static class SummaryCardIds
{
    private const char Separator = '|';

    public static string Format(string trajectId, string reviewId) => $"{trajectId}{Separator}{reviewId}";

    public static bool TryParse(string? summaryId, out string trajectId, out string reviewId)
    {
        trajectId = "";
        reviewId = "";
        var at = summaryId?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (at <= 0 || at == summaryId!.Length - 1)
        {
            return false;
        }

        trajectId = summaryId[..at];
        reviewId = summaryId[(at + 1)..];
        return true;
    }
}
