using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Storage.Workshops;

// A werkgroep as it is stored, with what a save needs to write only the difference: the ETag of its state
// row, the note generation the state row names (null: the old layout, every note inside the state row),
// each note's row and position, and note rows of other generations seen in the partition (left behind by
// a rewrite that lost its race or crashed).
internal sealed record WerkgroepSnapshot(
    Werkgroep Werkgroep,
    string ETag,
    string? Generation,
    IReadOnlyDictionary<string, StoredNote> Notes,
    IReadOnlyList<StrayNoteRow> Strays);

internal readonly record struct StoredNote(Note Note, long Position, string RowKey);

internal readonly record struct StrayNoteRow(string RowKey, DateTimeOffset? WrittenAt);
