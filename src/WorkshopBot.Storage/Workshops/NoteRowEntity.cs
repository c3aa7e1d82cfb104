using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Workshops;

// One note of a werkgroep: RowKey "state-note-{generation}-{note id}" in the werkgroep's partition, right after
// its "state" row in key order, so one range query reads the state row first and then its notes (WerkgroepRows). The note is plain UTF-8 JSON in Data0.. (ChunkedJson.WritePlain: a note
// is small, compressing it would cost more CPU than it saves). Position orders the notes as the werkgroep
// lists them: strictly increasing, with gaps where notes were dropped.
internal sealed class NoteRowEntity : ChunkedJsonRow
{
    public const string RowKeyPrefix = "state-note-";

    // The first key after every note row ('.' follows '-').
    public const string RowKeyEnd = "state-note.";

    // A note with votes of many rounds stays far below this; the columns allow 14 × 64 KiB.
    public const int MaxChunks = 4;

    public long Position { get; set; }

    public static string PrefixOf(string generation) => $"{RowKeyPrefix}{generation}-";

    // Note ids are checked by the domain (Rules.CheckId); one a key cannot hold is hashed, the row keeps the id.
    public static string RowKeyFor(string generation, string noteId) =>
        PrefixOf(generation) + (TableKeys.IsStorable(noteId) && noteId.Length <= 256 ? noteId : "h" + TableKeys.Hash(noteId));
}
