using System.Globalization;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Workshops;

// A werkgroep in its partition of the Workshops table (issue 14):
//   "state"                     the werkgroep without its notes (steps, members, rounds, items…), Brotli JSON;
//                               columns Version and UpdatedAt are the werkgroep's, Layout "rows/1" and
//                               NoteGeneration name the note rows that belong to it
//   "state-note-{generation}-{id}"  one row per note (NoteRowEntity), Position keeps the board's order
//   "event-…"                   audit events (WorkshopEventEntity)
// Reading is one range query ("state" … "state-note."). A query is no snapshot, but it reads in key order:
// the state row first, then the notes, so notes are never older than the state row read with them; a save
// that landed in between leaves that read with an old ETag (its saves fail and reload), and one that changed
// how many notes there are is caught by NoteCount and read again. A save writes, in ONE entity-group transaction, the
// state row with its ETag (replaced when the small state changed, else only Version/UpdatedAt merged), the
// note rows that differ from the snapshot the save started from, and the audit events. The ETag on the state
// row is what makes concurrent saves safe: the transaction is all or nothing, so a lost race writes nothing.
// A change too large for one transaction (more than 100 rows: a migration, a privacy purge, a repair) writes
// every note under a fresh generation first (nobody reads it yet), then switches the state row to it with
// its ETag, then deletes the old generation; a writer that loses the switch deletes its own rows.
// Old layout (no Layout column: every note inside the state row) is read as it is and migrated by its next
// save through that same rewrite, so several instances migrating at once leave exactly one generation.
internal sealed partial class WerkgroepRows(TableClient workshops, WerkgroepSnapshots snapshots, TimeProvider timeProvider)
{
    public const string RowsLayout = "rows/1";

    // A rewrite finishes in seconds; note rows of another generation older than this are left-overs.
    private static readonly TimeSpan StrayAge = TimeSpan.FromMinutes(10);

    private const int MaxReadAttempts = 3;


    public async Task<WerkgroepSnapshot?> LoadAsync(string werkgroepId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsStorable(werkgroepId))
        {
            return null;
        }

        (WerkgroepSnapshot Snapshot, bool Consistent)? read = null;
        for (int attempt = 0; attempt < MaxReadAttempts && read is not { Consistent: true }; attempt++)
        {
            TableEntity? state = null;
            var noteRows = new List<TableEntity>();
            await foreach (var row in workshops.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {werkgroepId} and RowKey ge {WorkshopStateEntity.StateRowKey} and RowKey lt {NoteRowEntity.RowKeyEnd}"),
                cancellationToken: cancellationToken))
            {
                if (row.RowKey == WorkshopStateEntity.StateRowKey)
                {
                    state = row;
                }
                else if (row.RowKey.StartsWith(NoteRowEntity.RowKeyPrefix, StringComparison.Ordinal))
                {
                    noteRows.Add(row);
                }
            }

            if (state is null || state.GetString(nameof(WorkshopStateEntity.Kind)) != WorkshopStateEntity.WerkgroepKind)
            {
                return null;
            }

            read = FromRows(werkgroepId, state, noteRows);
        }

        // Still not matching after a few reads (rows removed by hand): what there is, under an ETag that lets a
        // save through only if nothing moved since.
        var snapshot = read!.Value.Snapshot;
        snapshots.Keep(snapshot);
        return snapshot;
    }

    public async Task<SaveResult> SaveAsync(
        Werkgroep werkgroep,
        string? expectedETag,
        IReadOnlyList<WorkshopEvent> events,
        CancellationToken cancellationToken)
    {
        if (events.Count > SaveLimits.MaxEventsPerSave)
        {
            throw new ArgumentException($"One save can hold at most {SaveLimits.MaxEventsPerSave} events, got {events.Count}.", nameof(events));
        }

        WerkgroepSnapshot? before = null;
        if (expectedETag is not null)
        {
            before = snapshots.Get(werkgroep.Id, expectedETag) ?? await LoadAsync(werkgroep.Id, cancellationToken);
            if (before is null || before.ETag != expectedETag)
            {
                return SaveResult.ConcurrencyConflict;
            }
        }

        if (before?.Generation is { } generation && InPlace(werkgroep, before, generation, events) is { } inPlace)
        {
            return await SubmitAsync(inPlace.Actions, werkgroep, generation, inPlace.Notes, before.Strays, expectedETag, cancellationToken);
        }

        if (before is null && werkgroep.Notes.Count + events.Count < SaveLimits.MaxTransactionOperations)
        {
            string fresh = NewGeneration();
            var notes = Positioned(werkgroep, fresh);
            var actions = new List<TableTransactionAction>(notes.Count + events.Count + 1) { StateAction(werkgroep, fresh, null, smallStateChanged: true) };
            actions.AddRange(notes.Values.Select(n => new TableTransactionAction(TableTransactionActionType.UpsertReplace, NoteRow(werkgroep.Id, n))));
            actions.AddRange(EventActions(werkgroep.Id, events));
            return await SubmitAsync(actions, werkgroep, fresh, notes, [], null, cancellationToken);
        }

        return await RewriteAsync(werkgroep, before, events, cancellationToken);
    }

    // The state row and the notes that differ from the snapshot, or null when that is more than one
    // transaction holds.
    private static (List<TableTransactionAction> Actions, Dictionary<string, StoredNote> Notes)? InPlace(
        Werkgroep werkgroep,
        WerkgroepSnapshot before,
        string generation,
        IReadOnlyList<WorkshopEvent> events)
    {
        var actions = new List<TableTransactionAction>(events.Count + 4) { StateAction(werkgroep, generation, before.ETag, !SameSmallState(before.Werkgroep, werkgroep)) };
        var notes = new Dictionary<string, StoredNote>(werkgroep.Notes.Count, StringComparer.Ordinal);
        long last = -1;
        foreach (var note in werkgroep.Notes)
        {
            if (before.Notes.TryGetValue(note.Id, out var stored) && stored.Position > last && SameNote(stored.Note, note))
            {
                notes[note.Id] = stored with { Note = note };
                last = stored.Position;
                continue;
            }

            long position = stored.RowKey is not null && stored.Position > last ? stored.Position : last + 1;
            var written = new StoredNote(note, position, NoteRowEntity.RowKeyFor(generation, note.Id));
            if (!notes.TryAdd(note.Id, written))
            {
                throw new InvalidOperationException($"Werkgroep {werkgroep.Id} lists note {note.Id} twice.");
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, NoteRow(werkgroep.Id, written)));
            last = position;
            if (actions.Count + events.Count > SaveLimits.MaxTransactionOperations)
            {
                return null;
            }
        }

        foreach (var (id, stored) in before.Notes)
        {
            if (!notes.ContainsKey(id))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(werkgroep.Id, stored.RowKey), ETag.All));
            }
        }

        if (actions.Count + events.Count > SaveLimits.MaxTransactionOperations)
        {
            return null;
        }

        actions.AddRange(EventActions(werkgroep.Id, events));
        return (actions, notes);
    }

    private async Task<SaveResult> RewriteAsync(Werkgroep werkgroep, WerkgroepSnapshot? before, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        string generation = NewGeneration();
        var notes = Positioned(werkgroep, generation);
        var rows = notes.Values.Select(n => NoteRow(werkgroep.Id, n)).ToArray();
        var actions = new List<TableTransactionAction>(events.Count + 1) { StateAction(werkgroep, generation, before?.ETag, smallStateChanged: true) };
        actions.AddRange(EventActions(werkgroep.Id, events));
        try
        {
            foreach (var chunk in rows.Chunk(SaveLimits.MaxTransactionOperations))
            {
                await workshops.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
            }
        }
        catch
        {
            await DeleteQuietlyAsync(werkgroep.Id, rows.Select(r => r.RowKey), CancellationToken.None);
            throw;
        }

        var result = await SubmitAsync(actions, werkgroep, generation, notes, [], before?.ETag, cancellationToken, rows.Select(r => r.RowKey));
        if (result.IsSaved && before is not null)
        {
            // The old generation is dead once the state row names the new one; strays only when surely abandoned.
            var now = timeProvider.GetUtcNow();
            var old = (before.Generation is null ? [] : before.Notes.Values.Select(n => n.RowKey))
                .Concat(before.Strays.Where(s => s.WrittenAt is { } at && now - at > StrayAge).Select(s => s.RowKey));
            await DeleteQuietlyAsync(werkgroep.Id, old, CancellationToken.None);
        }

        return result;
    }

    private async Task<SaveResult> SubmitAsync(
        List<TableTransactionAction> actions,
        Werkgroep werkgroep,
        string generation,
        Dictionary<string, StoredNote> notes,
        IReadOnlyList<StrayNoteRow> strays,
        string? expectedETag,
        CancellationToken cancellationToken,
        IEnumerable<string>? ownRowsOnFailure = null)
    {
        try
        {
            var response = await workshops.SubmitTransactionAsync(actions, cancellationToken);
            string etag = response.Value[0].Headers.ETag?.ToString()
                ?? (await workshops.GetEntityAsync<TableEntity>(werkgroep.Id, WorkshopStateEntity.StateRowKey, select: ["Version"], cancellationToken: cancellationToken)).Value.ETag.ToString();
            snapshots.Keep(new WerkgroepSnapshot(werkgroep, etag, generation, notes, strays));
            return SaveResult.Saved(etag);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            // Only a refusal proves the rows of a rewrite unused: after any other failure the switch may have
            // landed, and those rows may be the werkgroep's now (left as strays otherwise, see StrayAge).
            // The snapshots stay: each is keyed by its ETag, which storage never hands out again.
            if (ownRowsOnFailure is not null)
            {
                // A switch whose answer was lost and that the client retried is refused by its own write:
                // then the state row names this generation, and its rows must stay.
                var stored = await workshops.GetEntityIfExistsAsync<TableEntity>(werkgroep.Id, WorkshopStateEntity.StateRowKey, cancellationToken: CancellationToken.None);
                if (stored.HasValue && stored.Value!.GetString(nameof(WorkshopStateEntity.NoteGeneration)) == generation)
                {
                    snapshots.Keep(new WerkgroepSnapshot(werkgroep, stored.Value.ETag.ToString(), generation, notes, strays));
                    return SaveResult.Saved(stored.Value.ETag.ToString());
                }

                await DeleteQuietlyAsync(werkgroep.Id, ownRowsOnFailure, CancellationToken.None);
            }

            // On insert a 409 means the state row exists; on update, that an event row of this version
            // exists: another writer already saved this version.
            return ex.Status == 409 && expectedETag is null ? SaveResult.AlreadyExists : SaveResult.ConcurrencyConflict;
        }
    }

    private static (WerkgroepSnapshot Snapshot, bool Consistent) FromRows(string werkgroepId, TableEntity state, List<TableEntity> noteRows)
    {
        string what = $"werkgroep {werkgroepId}";
        var small = ReadChunked(state, WorkshopJsonContext.Default.Werkgroep, what);
        string etag = state.ETag.ToString();
        if (state.GetString(nameof(WorkshopStateEntity.Layout)) != RowsLayout)
        {
            // The old layout: the notes are inside the state row.
            var inside = new Dictionary<string, StoredNote>(StringComparer.Ordinal);
            foreach (var note in small.Notes)
            {
                inside.TryAdd(note.Id, new StoredNote(note, inside.Count, ""));
            }

            return (new WerkgroepSnapshot(small, etag, null, inside, noteRows.Select(r => new StrayNoteRow(r.RowKey, r.Timestamp)).ToArray()), true);
        }

        string generation = state.GetString(nameof(WorkshopStateEntity.NoteGeneration)) ?? "";
        string prefix = NoteRowEntity.PrefixOf(generation);
        var stored = new List<StoredNote>(noteRows.Count);
        var strays = new List<StrayNoteRow>();
        foreach (var row in noteRows)
        {
            if (!row.RowKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                strays.Add(new StrayNoteRow(row.RowKey, row.Timestamp));
                continue;
            }

            var note = ReadChunked(row, WorkshopJsonContext.Default.Note, $"note {row.RowKey} of {what}");
            stored.Add(new StoredNote(note, row.GetInt64(nameof(NoteRowEntity.Position)) ?? 0, row.RowKey));
        }

        stored.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : string.CompareOrdinal(a.RowKey, b.RowKey));
        var notes = new Dictionary<string, StoredNote>(stored.Count, StringComparer.Ordinal);
        foreach (var note in stored)
        {
            notes.TryAdd(note.Note.Id, note);
        }

        var werkgroep = small with
        {
            Notes = stored.Select(n => n.Note).ToArray(),
            Version = state.GetInt32(nameof(WorkshopStateEntity.Version)) ?? small.Version,
            UpdatedAt = state.GetString(nameof(WorkshopStateEntity.UpdatedAt)) is { } at
                ? DateTimeOffset.ParseExact(at, "O", CultureInfo.InvariantCulture)
                : small.UpdatedAt,
        };
        return (new WerkgroepSnapshot(werkgroep, etag, generation, notes, strays), stored.Count == (state.GetInt32(nameof(WorkshopStateEntity.NoteCount)) ?? stored.Count));
    }

    private static T ReadChunked<T>(TableEntity row, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string what) =>
        ChunkedJson.Read(
            row.GetString(nameof(ChunkedJsonRow.Format)),
            row.GetInt32(nameof(ChunkedJsonRow.ChunkCount)) ?? 0,
            i => row.GetBinary($"Data{i}"),
            typeInfo,
            what);

    private async Task DeleteQuietlyAsync(string partitionKey, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        foreach (var chunk in rowKeys.Distinct(StringComparer.Ordinal).Chunk(SaveLimits.MaxTransactionOperations))
        {
            try
            {
                await workshops.SubmitTransactionAsync(
                    chunk.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, key), ETag.All)),
                    cancellationToken);
            }
            catch (RequestFailedException)
            {
                // One row already gone fails the batch: delete one by one, missing rows are fine.
                foreach (string key in chunk)
                {
                    try
                    {
                        await workshops.DeleteEntityAsync(partitionKey, key, ETag.All, cancellationToken);
                    }
                    catch (RequestFailedException)
                    {
                        // Left for the next rewrite (StrayAge) or the repair command.
                    }
                }
            }
        }
    }
}
