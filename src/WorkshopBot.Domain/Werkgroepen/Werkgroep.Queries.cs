using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Werkgroepen;

public sealed partial record Werkgroep
{
    // Active notes of a step, most votes first, then oldest first (then id, so the order is total).
    // The step a card shows when nobody asked for one: where the group is now, or where sessions start.
    public int StepToShow() => CurrentStep ?? CompassSteps.DefaultStep;

    public IReadOnlyList<Note> NotesInStep(int step) => InBoardOrder(Notes.Where(n => n.Step == step && n.IsActive));

    // What a viewer may see of a step. While the step is silent everyone — moderators included — sees
    // only their own notes, so nobody (not even the project leader) steers the group before the reveal;
    // HiddenNoteCount tells how many others wrote. (Filtered before sorting: the order is total, so
    // this is the same list as sorting the step first, for a fraction of the notes.)
    public IReadOnlyList<Note> VisibleNotes(string viewerId, int step) =>
        StepStateOf(step).Silent
            ? InBoardOrder(Notes.Where(n => n.Step == step && n.IsActive && n.AuthorId == viewerId))
            : NotesInStep(step);

    // One note by id as the viewer may see it (see VisibleNotes): null for a deleted note and, during a
    // silent brainstorm, for someone else's. A form prefilled from a note id (from card data) uses this,
    // so an id cannot reveal text the card itself would not show.
    public Note? VisibleNote(string viewerId, string noteId) =>
        FindNote(noteId) is { IsDeleted: false } note && (!StepStateOf(note.Step).Silent || note.AuthorId == viewerId) ? note : null;

    private static Note[] InBoardOrder(IEnumerable<Note> notes) => notes
        .OrderByDescending(n => n.VoteCount)
        .ThenBy(n => n.CreatedAt)
        .ThenBy(n => n.Id, StringComparer.Ordinal)
        .ToArray();

    public int HiddenNoteCount(string viewerId, int step) =>
        StepStateOf(step).Silent ? Notes.Count(n => n.Step == step && n.IsActive && n.AuthorId != viewerId) : 0;

    // The organisation of a note's author as it is now; the copy on the note is only for notes of
    // people who are no longer members.
    public string? OrganisationOf(Note note) =>
        (FindMember(note.AuthorId) ?? FormerMembers.FirstOrDefault(m => m.UserId == note.AuthorId)) is { } author ? author.Organisation : note.Organisation;

    // OrganisationOf for many notes at once (a card or the board projects every note of a step): each
    // person is looked up once instead of searching the members for every note. Same precedence: a
    // member first (the first one listed), then a former member, then the copy on the note.
    public Func<Note, string?> OrganisationLookup()
    {
        var people = new Dictionary<string, string?>(Members.Count + FormerMembers.Count, StringComparer.Ordinal);
        foreach (var member in Members.Concat(FormerMembers))
        {
            people.TryAdd(member.UserId, member.Organisation);
        }

        return note => people.TryGetValue(note.AuthorId, out var organisation) ? organisation : note.Organisation;
    }

    // The notes merged into a note, also those merged into them before, in merge order. The sources stay
    // as tombstones with their own text, so the merged content is derived here instead of being copied
    // into the target: its text keeps the note limit and a redelivered merge stays a no-op.
    public IReadOnlyList<Note> MergedNotes(string noteId) => FindNote(noteId) is { } note ? MergedNotes(note) : [];

    // The same for a note at hand. Most notes have nothing merged into them: that answer costs no search
    // of the board, so a card or board that projects every note stays linear in the number of notes.
    public IReadOnlyList<Note> MergedNotes(Note note)
    {
        if (note.MergedFromIds.Count == 0)
        {
            return [];
        }

        var merged = new List<Note>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { note.Id };
        var pending = new Stack<string>(note.MergedFromIds.Reverse());
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id) || FindNote(id) is not { IsDeleted: false } source)
            {
                continue;
            }

            merged.Add(source);
            foreach (var nested in source.MergedFromIds.Reverse())
            {
                pending.Push(nested);
            }
        }

        return merged;
    }

    public int NoteCount(int step) => Notes.Count(n => n.Step == step && n.IsActive);

    // "Your votes" on a note, the one rule the step card and the board share: the person's dots of the
    // latest voting round. While that round is open they are exactly the dots the person can take back
    // (Unvote only touches the open round); once it is closed they are the dots they just gave. Dots of
    // earlier rounds stay in the note's total (they still count for the ranking) but are no longer theirs
    // to manage, so they are not "yours" any more. No round yet: nobody has voted.
    public int DotsOn(Note note, string userId) => Voting is { } round
        ? note.Votes.Count(v => v.UserId == userId && v.Round == round.Round)
        : 0;

    // Dots on a deleted note are given back; dots on merged notes moved to the target and still count.
    public int DotsUsed(string userId) => Notes.Where(n => !n.IsDeleted).Sum(n => DotsOn(n, userId));

    // Whether the viewer may see how many dots the notes of a step have: always, except while a round on
    // that step is open; then only the moderator, and only if the round was started with ShowCounts.
    // A null viewer (the shared card, a share-link reader) never sees them during the round.
    public bool VoteCountsVisible(string? viewerId, int step) =>
        Voting is not { IsOpen: true } round || round.Step != step || (round.ShowCounts && viewerId is not null && IsModerator(viewerId));

    public int DotsLeft(string userId) => Voting is { IsOpen: true } round ? Math.Max(0, round.DotsPerPerson - DotsUsed(userId)) : 0;

    public FormalItem? FindItem(FormalItemKind kind, string itemId) => kind switch
    {
        FormalItemKind.Result => Results.FirstOrDefault(r => r.Id == itemId),
        FormalItemKind.Indicator => Indicators.FirstOrDefault(i => i.Id == itemId),
        FormalItemKind.Activity => Activities.FirstOrDefault(a => a.Id == itemId),
        FormalItemKind.QualityAgreement => QualityAgreements.FirstOrDefault(q => q.Id == itemId),
        _ => null,
    };

    public IReadOnlyList<Indicator> IndicatorsOf(string resultId) => Indicators.Where(i => i.ResultId == resultId).ToArray();

    // Recap of everything that happened at or after a moment (e.g. the start of today's meeting).
    public WerkgroepRecap RecapSince(DateTimeOffset since)
    {
        var items = Results.Cast<FormalItem>().Concat(Indicators).Concat(Activities).Concat(QualityAgreements).ToArray();
        var newNotes = Notes.Where(n => n.CreatedAt >= since && !n.IsDeleted).ToArray();
        var votes = Notes.SelectMany(n => n.Votes).Where(v => v.At >= since).ToArray();
        var newItems = items.Where(i => i.CreatedAt >= since).ToArray();
        var contributors = newNotes.Select(n => n.AuthorId)
            .Concat(votes.Select(v => v.UserId))
            .Concat(newItems.Select(i => i.CreatedById))
            .Distinct()
            .Count();
        return new WerkgroepRecap(
            newNotes.Length,
            votes.Length,
            newItems.Count(i => i.SourceNoteId is not null),
            newItems.Count(i => i.SourceNoteId is null),
            items.Count(i => i.VastgesteldAt >= since),
            contributors);
    }
}
