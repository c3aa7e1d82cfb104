namespace WorkshopBot.Application.Summaries;

// What one deadline run did, for the host to log: reviews closed, reminders delivered, reviewers found
// unreachable, reminders claimed but not delivered, and the reviews that could not be processed.
public sealed record ReviewDeadlineRun(int Closed, int Reminded, int Unreachable, int Undelivered, IReadOnlyList<ReviewFailure> Failures)
{
    public bool DidAnything => Closed + Reminded + Unreachable + Undelivered > 0;
}
