using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Privacy;

namespace WorkshopBot.Domain.Monitoring;

// The right to be forgotten for the improvement cycle, like Werkgroep.Privacy:
// - data owner assignments and the asks sent to the person: removed (nobody may be asked for data any
//   more; the moderator assigns a new owner). The indicator itself stays.
// - measurements, stories and reflections: the figures and texts stay (the werkgroep's shared work), the
//   person's id and name become the pseudonym; their organisation stays (it names no person).
// - improvement actions owned by the person (by member id or by name): the owner becomes the pseudonym and
//   the member id is dropped (nobody can mark it done as them any more; a moderator still can).
// - free text (notes, stories, reflections, actions) that names the person by id or by one of their
//   names: those occurrences become the pseudonym.
// The change is signed by the operator; its audit names only the pseudonym.
public sealed partial record WerkgroepMonitoring
{
    public bool Concerns(PersonIds person, IReadOnlyCollection<string> names) =>
        Owners.Any(o => person.Matches(o.UserId) || person.Matches(o.TeamsId))
        || Asks.Any(a => person.Matches(a.OwnerId))
        || Measurements.Any(m => person.Matches(m.EnteredById) || Mentions(m.Note, person, names))
        || Stories.Any(s => person.Matches(s.AddedById) || Mentions(s.Text, person, names) || Mentions(s.Theme, person, names))
        || Reflections.Any(r => person.Matches(r.RecordedById) || Mentions(r.WhatWeSee + r.WhatItMeans + r.WhatWeChange, person, names))
        || Actions.Any(a => person.Matches(a.OwnerId) || names.Contains(a.OwnerName) || Mentions(a.Text, person, names));

    // The names the person is listed under here (an owner or author who already left the werkgroep).
    public IEnumerable<string> NamesOf(PersonIds person) =>
        Owners.Where(o => person.Matches(o.UserId) || person.Matches(o.TeamsId)).Select(o => o.Name)
            .Concat(Measurements.Where(m => person.Matches(m.EnteredById)).Select(m => m.EnteredByName))
            .Concat(Stories.Where(s => person.Matches(s.AddedById)).Select(s => s.AddedByName))
            .Concat(Reflections.Where(r => person.Matches(r.RecordedById)).Select(r => r.RecordedByName))
            .Concat(Actions.Where(a => person.Matches(a.OwnerId)).Select(a => a.OwnerName))
            .Where(n => n.Length > 0);

    // The ids the owner rows hold for this person (object id and Teams id).
    public IEnumerable<string?> KnownIdsOf(PersonIds person) =>
        Owners.Where(o => person.Matches(o.UserId) || person.Matches(o.TeamsId)).SelectMany(o => new[] { o.UserId, o.TeamsId });

    public Change<WerkgroepMonitoring> Forget(PersonIds person, IReadOnlyCollection<string> names, DateTimeOffset now)
    {
        var allNames = names.Concat(NamesOf(person)).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (!Concerns(person, allNames))
        {
            return Change<WerkgroepMonitoring>.Unchanged(this);
        }

        string pseudonym = person.Pseudonym;
        string Scrub(string text) => allNames.Aggregate(person.Scrub(text), (t, name) => t.Replace(name, pseudonym, StringComparison.Ordinal));
        string? ScrubOptional(string? text) => text is null ? null : Scrub(text);
        var next = this with
        {
            Owners = [.. Owners.Where(o => !person.Matches(o.UserId) && !person.Matches(o.TeamsId))],
            Asks = [.. Asks.Where(a => !person.Matches(a.OwnerId))],
            Measurements = [.. Measurements.Select(m => (person.Matches(m.EnteredById) ? m with { EnteredById = pseudonym, EnteredByName = pseudonym } : m) with { Note = ScrubOptional(m.Note) })],
            Stories = [.. Stories.Select(s => (person.Matches(s.AddedById) ? s with { AddedById = pseudonym, AddedByName = pseudonym } : s) with { Text = Scrub(s.Text), Theme = ScrubOptional(s.Theme) })],
            Reflections = [.. Reflections.Select(r => (person.Matches(r.RecordedById) ? r with { RecordedById = pseudonym, RecordedByName = pseudonym } : r) with
            {
                WhatWeSee = Scrub(r.WhatWeSee),
                WhatItMeans = Scrub(r.WhatItMeans),
                WhatWeChange = Scrub(r.WhatWeChange),
            })],
            Actions = [.. Actions.Select(a => person.Matches(a.OwnerId) || allNames.Contains(a.OwnerName)
                ? a with { OwnerName = pseudonym, OwnerId = null, Text = Scrub(a.Text) }
                : a with { Text = Scrub(a.Text) })],
        };
        return Changed(next, SystemActors.Operator, now, (WorkshopEventKinds.PersonForgotten, $"{pseudonym} forgotten"));
    }

    private static bool Mentions(string? text, PersonIds person, IReadOnlyCollection<string> names) =>
        text is { Length: > 0 } && (person.IsMentionedIn(text) || names.Any(n => text.Contains(n, StringComparison.Ordinal)));
}
