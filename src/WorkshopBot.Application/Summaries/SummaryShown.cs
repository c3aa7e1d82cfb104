using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Summaries;

// What "samenvatting" shows: the latest published version (null before the first) and whether the
// caller may publish a new one.
public sealed record SummaryShown(SummaryReview? Latest, bool CanPublish);
