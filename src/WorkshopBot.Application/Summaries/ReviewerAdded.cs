using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Summaries;

// OpenReviews: the open summaries the new reviewer can now answer.
public sealed record ReviewerAdded(Reviewer Reviewer, int OpenReviews);
