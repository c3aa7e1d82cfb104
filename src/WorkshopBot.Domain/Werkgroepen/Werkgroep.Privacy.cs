using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Privacy;

namespace WorkshopBot.Domain.Werkgroepen;

// The right to be forgotten (issue 13, finding 6), per kind of data in a werkgroep:
// - membership (members, former members, moderators): removed; the person's name, organisation choice,
//   Teams id and join date go with it.
// - notes: the text stays, because it is the group's shared work (results and indicators were built on
//   it and the summary quotes it); the author id and name become the pseudonym. With eraseNotes the
//   person's notes are deleted as well (tombstones without text).
// - votes: stay (the ranking the group agreed on), counted under the pseudonym.
// - formal items and the werkgroep itself: "created by" becomes the pseudonym.
// - the running timer's starter: the pseudonym.
// The change is signed by the operator; its audit names only the pseudonym.
public sealed partial record Werkgroep
{
    public bool Concerns(PersonIds person) =>
        Members.Concat(FormerMembers).Any(m => person.Matches(m.UserId) || person.Matches(m.TeamsId))
        || Moderators.Any(m => person.Matches(m.UserId))
        || Notes.Any(n => person.Matches(n.AuthorId) || n.Votes.Any(v => person.Matches(v.UserId)))
        || AllItems().Any(i => person.Matches(i.CreatedById))
        || person.Matches(CreatedById)
        || person.Matches(Timer?.StartedById);

    // The object ids and Teams ids the werkgroep's member rows hold for this person.
    public IEnumerable<string?> KnownIdsOf(PersonIds person) =>
        Members.Concat(FormerMembers)
            .Where(m => person.Matches(m.UserId) || person.Matches(m.TeamsId))
            .SelectMany(m => new[] { m.UserId, m.TeamsId });

    public Change<Werkgroep> Forget(PersonIds person, bool eraseNotes, DateTimeOffset now)
    {
        if (!Concerns(person))
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        string pseudonym = person.Pseudonym;
        bool IsPerson(Member m) => person.Matches(m.UserId) || person.Matches(m.TeamsId);
        var notes = Notes.Select(n =>
        {
            var note = n with { Votes = n.Votes.Select(v => person.Matches(v.UserId) ? v with { UserId = pseudonym } : v).ToArray() };
            if (!person.Matches(n.AuthorId))
            {
                return note;
            }

            note = note with { AuthorId = pseudonym, AuthorName = pseudonym };
            return eraseNotes && !note.IsDeleted ? Tombstone(note, now) : note;
        }).ToArray();

        var next = this with
        {
            Members = Members.Where(m => !IsPerson(m)).ToArray(),
            FormerMembers = FormerMembers.Where(m => !IsPerson(m)).ToArray(),
            Moderators = Moderators.Where(m => !person.Matches(m.UserId)).ToArray(),
            Notes = notes,
            Results = Results.Select(r => Pseudonymised(r, person)).ToArray(),
            Indicators = Indicators.Select(i => Pseudonymised(i, person)).ToArray(),
            Activities = Activities.Select(a => Pseudonymised(a, person)).ToArray(),
            QualityAgreements = QualityAgreements.Select(q => Pseudonymised(q, person)).ToArray(),
            CreatedById = person.Matches(CreatedById) ? pseudonym : CreatedById,
            CreatedByName = person.Matches(CreatedById) ? pseudonym : CreatedByName,
            Timer = Timer is { } timer && person.Matches(timer.StartedById) ? timer with { StartedById = pseudonym } : Timer,
        };
        return Commit(next, SystemActors.Operator, now, [(WorkshopEventKinds.PersonForgotten, $"{pseudonym} forgotten{(eraseNotes ? ", notes erased" : "")}")]);
    }

    private IEnumerable<FormalItem> AllItems() => Results.Cast<FormalItem>().Concat(Indicators).Concat(Activities).Concat(QualityAgreements);

    private static T Pseudonymised<T>(T item, PersonIds person)
        where T : FormalItem =>
        person.Matches(item.CreatedById) ? item with { CreatedById = person.Pseudonym, CreatedByName = person.Pseudonym } : item;
}
