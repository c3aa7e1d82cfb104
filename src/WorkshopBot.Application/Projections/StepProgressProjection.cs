using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// How far a step is, in numbers only: how many notes and from how many people, hidden ones included.
// During a silent brainstorm this is all the moderator's card, the shared card and the meeting stage may
// show of the group's work ("12 notities van 5 deelnemers, nog verborgen"); never a text.
public sealed record StepProgressProjection(int Notes, int Authors)
{
    public static StepProgressProjection Of(Werkgroep werkgroep, int step)
    {
        // Counted in one pass over the board, without NotesInStep's sort: only the numbers are shown.
        int notes = 0;
        var authors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in werkgroep.Notes)
        {
            if (note.Step == step && note.IsActive)
            {
                notes++;
                authors.Add(note.AuthorId);
            }
        }

        return new StepProgressProjection(notes, authors.Count);
    }
}
