using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Domain.Privacy;

// The right to be forgotten for a published summary and its review:
// - the person's review answer stays (the tally the large group saw), under the pseudonym; their
//   comment is removed, because it is their own words, not the group's agreement.
// - as reviewer, moderator or publisher: listed under the pseudonym (reviewers and moderators lose
//   their name and organisation); reminder marks and "unreachable" entries too.
// - the published content lists participants by name only: entries with one of the person's known
//   names become the pseudonym.
public static class SummaryReviewPrivacy
{
    public static bool Concerns(this SummaryReview review, PersonIds person, IReadOnlyCollection<string> names) =>
        person.Matches(review.PublishedBy.UserId)
        || review.Moderators.Any(m => person.Matches(m.UserId))
        || review.Reviewers.Any(r => person.Matches(r.UserId))
        || review.Responses.Any(r => person.Matches(r.ReviewerId))
        || review.Reminders.Any(r => person.Matches(r.ReviewerId))
        || review.Unreachable.Any(person.Matches)
        || review.Content.Participants.Any(p => names.Contains(p.Name));

    public static Change<SummaryReview> Forget(this SummaryReview review, PersonIds person, IReadOnlyCollection<string> names, DateTimeOffset now)
    {
        if (!review.Concerns(person, names))
        {
            return Change<SummaryReview>.Unchanged(review);
        }

        string pseudonym = person.Pseudonym;
        var next = review with
        {
            PublishedBy = person.Matches(review.PublishedBy.UserId) ? new Person(pseudonym, pseudonym) : review.PublishedBy,
            Moderators = review.Moderators.Select(m => person.Matches(m.UserId) ? new Person(pseudonym, pseudonym) : m).ToArray(),
            Reviewers = review.Reviewers.Select(r => person.Matches(r.UserId) ? new Trajecten.Reviewer(pseudonym, pseudonym, null) : r).ToArray(),
            Responses = review.Responses
                .Select(r => person.Matches(r.ReviewerId) ? r with { ReviewerId = pseudonym, Name = pseudonym, Organisation = null, Comment = null } : r)
                .ToArray(),
            Reminders = review.Reminders.Select(r => person.Matches(r.ReviewerId) ? r with { ReviewerId = pseudonym } : r).ToArray(),
            Unreachable = review.Unreachable.Select(id => person.Matches(id) ? pseudonym : id).ToArray(),
            Content = review.Content with
            {
                Participants = review.Content.Participants.Select(p => names.Contains(p.Name) ? p with { Name = pseudonym } : p).ToArray(),
            },
            AggregateVersion = review.AggregateVersion + 1,
        };
        var actor = SystemActors.Operator;
        return new Change<SummaryReview>(
            next,
            [new WorkshopEvent(review.TrajectId, review.Id, next.AggregateVersion, WorkshopEventKinds.PersonForgotten, actor.UserId, actor.DisplayName, now, $"{pseudonym} forgotten")]);
    }
}
