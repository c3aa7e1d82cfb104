using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Workshops;

// The rows a werkgroep save writes, and how it tells what changed.
internal sealed partial class WerkgroepRows
{
    private static readonly Note[] NoNotes = [];
    private static readonly Vote[] NoVotes = [];
    private static readonly string[] NoIds = [];

    // The state row: the whole small state when it changed, otherwise only the columns every save moves.
    private static TableTransactionAction StateAction(Werkgroep werkgroep, string generation, string? etag, bool smallStateChanged)
    {
        string updatedAt = werkgroep.UpdatedAt.ToString("O", CultureInfo.InvariantCulture);
        if (!smallStateChanged && etag is not null)
        {
            var merge = new TableEntity(werkgroep.Id, WorkshopStateEntity.StateRowKey)
            {
                [nameof(WorkshopStateEntity.Version)] = werkgroep.Version,
                [nameof(WorkshopStateEntity.UpdatedAt)] = updatedAt,
                [nameof(WorkshopStateEntity.NoteCount)] = werkgroep.Notes.Count,
            };
            return new TableTransactionAction(TableTransactionActionType.UpdateMerge, merge, new ETag(etag));
        }

        var state = new WorkshopStateEntity
        {
            PartitionKey = werkgroep.Id,
            Kind = WorkshopStateEntity.WerkgroepKind,
            TrajectId = werkgroep.TrajectId,
            Version = werkgroep.Version,
            UpdatedAt = updatedAt,
            Layout = RowsLayout,
            NoteGeneration = generation,
            NoteCount = werkgroep.Notes.Count,
        };
        ChunkedJson.Write(state, WorkshopStateEntity.MaxChunks, werkgroep with { Notes = NoNotes }, WorkshopJsonContext.Default.Werkgroep, $"werkgroep {werkgroep.Id}");
        return etag is null
            ? new TableTransactionAction(TableTransactionActionType.Add, state)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, state, new ETag(etag));
    }

    private static NoteRowEntity NoteRow(string werkgroepId, StoredNote stored)
    {
        var row = new NoteRowEntity { PartitionKey = werkgroepId, RowKey = stored.RowKey, Position = stored.Position };
        ChunkedJson.WritePlain(row, NoteRowEntity.MaxChunks, stored.Note, WorkshopJsonContext.Default.Note, $"note {stored.Note.Id} of werkgroep {werkgroepId}");
        return row;
    }

    private static IEnumerable<TableTransactionAction> EventActions(string partitionKey, IReadOnlyList<WorkshopEvent> events) =>
        events.Select((e, i) => new TableTransactionAction(TableTransactionActionType.Add, WorkshopEventEntity.From(partitionKey, e, i)));

    private static Dictionary<string, StoredNote> Positioned(Werkgroep werkgroep, string generation)
    {
        var notes = new Dictionary<string, StoredNote>(werkgroep.Notes.Count, StringComparer.Ordinal);
        foreach (var note in werkgroep.Notes)
        {
            if (!notes.TryAdd(note.Id, new StoredNote(note, notes.Count, NoteRowEntity.RowKeyFor(generation, note.Id))))
            {
                throw new InvalidOperationException($"Werkgroep {werkgroep.Id} lists note {note.Id} twice.");
            }
        }

        return notes;
    }

    // Everything but the notes and the two columns every save moves; lists a change did not touch are the
    // same instances (the domain copies records with `with`), so this is mostly reference comparisons.
    private static bool SameSmallState(Werkgroep before, Werkgroep after) =>
        ReferenceEquals(before, after)
        || (before with { Notes = NoNotes, Version = 0, UpdatedAt = default }).Equals(after with { Notes = NoNotes, Version = 0, UpdatedAt = default });

    private static bool SameNote(Note before, Note after) =>
        ReferenceEquals(before, after)
        || ((before with { Votes = NoVotes, MergedFromIds = NoIds }).Equals(after with { Votes = NoVotes, MergedFromIds = NoIds })
            && before.Votes.SequenceEqual(after.Votes)
            && before.MergedFromIds.SequenceEqual(after.MergedFromIds, StringComparer.Ordinal));

    private static string NewGeneration() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
