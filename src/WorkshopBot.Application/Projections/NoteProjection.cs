using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// One sticky note as one viewer sees it: the facts the step card and the board API both show, read from
// the domain here once so the two surfaces cannot disagree (which notes a silent step hides, whose
// organisation colours a note, which merged words stay readable, how many of the dots are "yours").
// Each surface only renders these facts in its own shape. A null viewer is someone who is not a member
// (a share-link reader, a card sent to everyone): they see no one's notes in a silent step and own none.
public sealed record NoteProjection(
    string Id,
    long Version,
    string Text,
    string AuthorId,
    string AuthorName,
    string? AuthorOrganisation,
    IReadOnlyList<string> MergedTexts,
    string? Cluster,
    NoteStatus Status,
    int Votes,
    int ViewerVotes,
    bool IsMine,
    bool Edited,
    NoteRef? PromotedTo,
    DateTimeOffset CreatedAt)
{
    // The notes of a step the viewer may see, most votes first (Werkgroep.NotesInStep).
    public static IReadOnlyList<NoteProjection> VisibleIn(Werkgroep werkgroep, int step, string? viewerId)
    {
        var organisationOf = werkgroep.OrganisationLookup();
        return [.. werkgroep.VisibleNotes(viewerId ?? "", step).Select(note => Of(werkgroep, note, viewerId, organisationOf))];
    }

    public static NoteProjection Of(Werkgroep werkgroep, Note note, string? viewerId) =>
        Of(werkgroep, note, viewerId, werkgroep.OrganisationOf);

    private static NoteProjection Of(Werkgroep werkgroep, Note note, string? viewerId, Func<Note, string?> organisationOf)
    {
        return new NoteProjection(
            note.Id,
            VersionOf(note),
            note.Text,
            note.AuthorId,
            note.AuthorName,
            organisationOf(note),
            note.MergedFromIds.Count == 0 ? [] : MergedTextsFor(werkgroep, note, viewerId),
            note.Cluster,
            note.Status,
            note.VoteCount,
            viewerId is null ? 0 : werkgroep.DotsOn(note, viewerId),
            viewerId is not null && note.AuthorId == viewerId,
            note.EditedAt is not null,
            note.PromotedTo,
            note.CreatedAt);
    }

    // What was merged into the note stays readable on it, as on a Mural board; in a silent step only
    // the viewer's own merged words, like the notes themselves. Most notes have nothing merged: they skip this.
    private static string[] MergedTextsFor(Werkgroep werkgroep, Note note, string? viewerId)
    {
        var silent = werkgroep.StepStateOf(note.Step).Silent;
        return [.. werkgroep.MergedNotes(note).Where(merged => !silent || merged.AuthorId == viewerId).Select(merged => merged.Text)];
    }

    // The optimistic version a card sends back with a note action: it changes whenever the text does.
    public static long VersionOf(Note note) => (note.EditedAt ?? note.CreatedAt).UtcTicks;
}
