using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Privacy;

namespace WorkshopBot.Domain.Trajecten;

// The right to be forgotten for a traject: the person stops being a moderator or reviewer (their name
// and organisation go with it); "created by" becomes the pseudonym. Signed by the operator.
public sealed partial record Traject
{
    public bool Concerns(PersonIds person) =>
        Moderators.Any(m => person.Matches(m.UserId)) || Reviewers.Any(r => person.Matches(r.UserId)) || person.Matches(CreatedById);

    public Change<Traject> Forget(PersonIds person, DateTimeOffset now)
    {
        if (!Concerns(person))
        {
            return Change<Traject>.Unchanged(this);
        }

        var next = this with
        {
            Moderators = Moderators.Where(m => !person.Matches(m.UserId)).ToArray(),
            Reviewers = Reviewers.Where(r => !person.Matches(r.UserId)).ToArray(),
            CreatedById = person.Matches(CreatedById) ? person.Pseudonym : CreatedById,
            CreatedByName = person.Matches(CreatedById) ? person.Pseudonym : CreatedByName,
        };
        return Commit(next, SystemActors.Operator, now, (WorkshopEventKinds.PersonForgotten, $"{person.Pseudonym} forgotten"));
    }
}
