using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Serialization;
using WorkshopBot.Storage.Workshops;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// Issue 14: a werkgroep's notes are rows of their own next to its small state row. A save writes only what
// changed; a werkgroep stored in the old format (every note inside the state row) still loads with every
// note and moves to rows on its next save, exactly once even when two app instances do it at the same time.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class WerkgroepRowsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private StorageHost? _host;

    public async Task InitializeAsync() => _host = await StorageHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    private IWorkshopStore Store => _host!.Get<IWorkshopStore>();

    private TableClient Workshops => _host!.Get<TableClientProvider>().GetTableClient(TableNames.Workshops);

    [Fact]
    public async Task GetWerkgroepAsync_StoredInTheOldFormat_FindsEveryNoteInOrder()
    {
        var werkgroep = WithNotes(TestWorkshop.Werkgroep("w-old"), people: 3, notesEach: 60);
        await WriteOldFormatAsync(werkgroep);

        var loaded = (await Store.GetWerkgroepAsync("w-old", default))!.Value;

        Assert.Equal(180, loaded.Notes.Count);
        Assert.Equal(werkgroep.Notes.Select(n => (n.Id, n.Text, n.AuthorId)), loaded.Notes.Select(n => (n.Id, n.Text, n.AuthorId)));
        Assert.Equal(werkgroep.Version, loaded.Version);
    }

    [Fact]
    public async Task SaveWerkgroepAsync_AfterLoadingTheOldFormat_MovesEveryNoteIntoItsOwnRow()
    {
        var werkgroep = WithNotes(TestWorkshop.Werkgroep("w-move"), people: 2, notesEach: 75);
        await WriteOldFormatAsync(werkgroep);
        var loaded = (await Store.GetWerkgroepAsync("w-move", default))!;

        var change = loaded.Value.AddNote(TestWorkshop.Participant(1), "n-new", 3, "Koffieochtend in de bibliotheek", TestWorkshop.Now).Value;
        var saved = await Store.SaveWerkgroepAsync(change.Aggregate, loaded.ETag, change.Events, default);

        Assert.True(saved.IsSaved, saved.Status.ToString());
        var state = (await Workshops.GetEntityAsync<TableEntity>("w-move", "state")).Value;
        Assert.Equal(WerkgroepRows.RowsLayout, state.GetString("Layout"));
        var noteRows = await NoteRowsAsync("w-move");
        Assert.Equal(151, noteRows.Count);
        Assert.Single(noteRows.Select(r => r.RowKey[..(NoteRowEntity.RowKeyPrefix.Length + 8)]).Distinct());
        var reloaded = (await Store.GetWerkgroepAsync("w-move", default))!.Value;
        Assert.Equal(change.Aggregate.Notes.Select(n => (n.Id, n.Text)), reloaded.Notes.Select(n => (n.Id, n.Text)));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_TwoInstancesMigrateTheOldFormatAtOnce_EveryNoteEndsUpInExactlyOneRow()
    {
        var werkgroep = WithNotes(TestWorkshop.Werkgroep("w-race"), people: 3, notesEach: 50);
        await WriteOldFormatAsync(werkgroep);
        var instances = new[] { Store, ActivatorUtilities.CreateInstance<TableWorkshopStore>(_host!.Services) };

        // Both instances read the old format, then each saves a note of its own at the same moment: the ETag
        // lets one migrate, the other reloads (now rows) and adds its note again, as WorkshopService does.
        var loadedByEach = await Task.WhenAll(instances.Select(store => store.GetWerkgroepAsync("w-race", default)));
        var firstTries = await Task.WhenAll(instances.Select((store, i) =>
        {
            var change = loadedByEach[i]!.Value.AddNote(TestWorkshop.Participant(9), $"n-instance-{i}", 3, $"Idee van instantie {i}", TestWorkshop.Now).Value;
            return store.SaveWerkgroepAsync(change.Aggregate, loadedByEach[i]!.ETag, change.Events, default);
        }));

        Assert.Single(firstTries, r => r.IsSaved);
        int loser = Array.FindIndex(firstTries, r => !r.IsSaved);
        Assert.Equal(SaveStatus.ConcurrencyConflict, firstTries[loser].Status);
        Assert.Equal(1, await AddNoteWithRetryAsync(instances[loser], "w-race", $"n-instance-{loser}", $"Idee van instantie {loser}"));
        var loaded = (await Store.GetWerkgroepAsync("w-race", default))!.Value;
        Assert.Equal(152, loaded.Notes.Count);
        Assert.Equal(152, loaded.Notes.Select(n => n.Id).Distinct().Count());
        var noteRows = await NoteRowsAsync("w-race");
        Assert.Equal(152, noteRows.Count);
        Assert.Single(noteRows.Select(r => r.RowKey[..(NoteRowEntity.RowKeyPrefix.Length + 8)]).Distinct());
    }

    [Fact]
    public async Task SaveWerkgroepAsync_OneMoreNoteFromAMember_WritesOnlyThatNoteRowAndLeavesTheStateJsonAsItWas()
    {
        var werkgroep = WithNotes(TestWorkshop.Werkgroep("w-diff"), people: 2, notesEach: 10);
        Assert.True((await Store.SaveWerkgroepAsync(werkgroep, null, [], default)).IsSaved);
        var loaded = (await Store.GetWerkgroepAsync("w-diff", default))!;
        var before = (await NoteRowsAsync("w-diff")).ToDictionary(r => r.RowKey, r => r.ETag);
        var stateBefore = (await Workshops.GetEntityAsync<TableEntity>("w-diff", "state")).Value;

        var change = loaded.Value.AddNote(TestWorkshop.Participant(2), "n-more", 3, "Wandelgroep op dinsdag", TestWorkshop.Now.AddMinutes(5)).Value;
        var saved = await Store.SaveWerkgroepAsync(change.Aggregate, loaded.ETag, change.Events, default);

        Assert.True(saved.IsSaved, saved.Status.ToString());
        var after = await NoteRowsAsync("w-diff");
        Assert.Equal(21, after.Count);
        Assert.All(before, row => Assert.Equal(row.Value, after.Single(r => r.RowKey == row.Key).ETag));
        var stateAfter = (await Workshops.GetEntityAsync<TableEntity>("w-diff", "state")).Value;
        Assert.Equal(stateBefore.GetBinary("Data0"), stateAfter.GetBinary("Data0"));
        Assert.Equal(change.Aggregate.Version, stateAfter.GetInt32("Version"));
        var reloaded = (await Store.GetWerkgroepAsync("w-diff", default))!.Value;
        Assert.Equal(change.Aggregate.Version, reloaded.Version);
        Assert.Equal(change.Aggregate.UpdatedAt, reloaded.UpdatedAt);
        Assert.Equal("Wandelgroep op dinsdag", reloaded.Notes[^1].Text);
    }

    // Forgetting a person with erased notes touches more notes than one transaction holds: every note is
    // written under a new generation and the old rows, with the erased text in them, are deleted.
    [Fact]
    public async Task SaveWerkgroepAsync_ForgettingAPersonWithManyNotes_LeavesNoRowWithTheirText()
    {
        var werkgroep = WithNotes(TestWorkshop.Werkgroep("w-forget"), people: 2, notesEach: 120);
        Assert.True((await Store.SaveWerkgroepAsync(werkgroep, null, [], default)).IsSaved);
        var loaded = (await Store.GetWerkgroepAsync("w-forget", default))!;
        var person = TestWorkshop.Participant(1);

        var change = loaded.Value.Forget(new PersonIds([person.UserId, person.TeamsId!]), eraseNotes: true, TestWorkshop.Now.AddDays(1));
        var saved = await Store.SaveWerkgroepAsync(change.Aggregate, loaded.ETag, change.Events, default);

        Assert.True(saved.IsSaved, saved.Status.ToString());
        var rows = await NoteRowsAsync("w-forget");
        Assert.Equal(240, rows.Count);
        Assert.DoesNotContain(rows, r => System.Text.Encoding.UTF8.GetString(r.GetBinary("Data0")).Contains("van Deelnemer 1", StringComparison.Ordinal));
        var reloaded = (await Store.GetWerkgroepAsync("w-forget", default))!.Value;
        Assert.Equal(change.Aggregate.Notes.Select(n => (n.Id, n.Text, n.IsDeleted)), reloaded.Notes.Select(n => (n.Id, n.Text, n.IsDeleted)));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_WithAStaleETag_WritesNoNoteAndReportsTheConflict()
    {
        var werkgroep = WithNotes(TestWorkshop.Werkgroep("w-stale"), people: 1, notesEach: 3);
        Assert.True((await Store.SaveWerkgroepAsync(werkgroep, null, [], default)).IsSaved);
        var loaded = (await Store.GetWerkgroepAsync("w-stale", default))!;
        var first = loaded.Value.AddNote(TestWorkshop.Participant(1), "n-first", 3, "Eerste", TestWorkshop.Now).Value;
        Assert.True((await Store.SaveWerkgroepAsync(first.Aggregate, loaded.ETag, first.Events, default)).IsSaved);

        var late = loaded.Value.AddNote(TestWorkshop.Participant(1), "n-late", 3, "Te laat", TestWorkshop.Now).Value;
        var saved = await Store.SaveWerkgroepAsync(late.Aggregate, loaded.ETag, late.Events, default);

        Assert.Equal(SaveStatus.ConcurrencyConflict, saved.Status);
        var reloaded = (await Store.GetWerkgroepAsync("w-stale", default))!.Value;
        Assert.Equal(["n-first"], reloaded.Notes.Select(n => n.Id).Where(id => id.StartsWith("n-", StringComparison.Ordinal)));
        Assert.Equal(4, (await NoteRowsAsync("w-stale")).Count);
    }

    private static async Task<int> AddNoteWithRetryAsync(IWorkshopStore store, string werkgroepId, string noteId, string text)
    {
        for (int attempt = 1; attempt <= 5; attempt++)
        {
            var loaded = (await store.GetWerkgroepAsync(werkgroepId, default))!;
            var change = loaded.Value.AddNote(TestWorkshop.Participant(9), noteId, 3, text, TestWorkshop.Now).Value;
            var saved = await store.SaveWerkgroepAsync(change.Aggregate, loaded.ETag, change.Events, default);
            if (saved.IsSaved)
            {
                return attempt;
            }
        }

        return int.MaxValue;
    }

    private static Werkgroep WithNotes(Werkgroep werkgroep, int people, int notesEach)
    {
        werkgroep = werkgroep.WithOpenStep(3);
        for (int person = 1; person <= people; person++)
        {
            for (int n = 0; n < notesEach; n++)
            {
                werkgroep = werkgroep.AddNote(TestWorkshop.Participant(person), $"p{person}-{n}", 3, $"Idee {n} van Deelnemer {person}", TestWorkshop.Now).Ok();
            }
        }

        return werkgroep;
    }

    // The state row exactly as stores before issue 14 wrote it: the whole werkgroep, notes included.
    private async Task WriteOldFormatAsync(Werkgroep werkgroep)
    {
        var state = new WorkshopStateEntity
        {
            PartitionKey = werkgroep.Id,
            Kind = WorkshopStateEntity.WerkgroepKind,
            TrajectId = werkgroep.TrajectId,
            Version = werkgroep.Version,
        };
        ChunkedJson.Write(state, WorkshopStateEntity.MaxChunks, werkgroep, WorkshopJsonContext.Default.Werkgroep, werkgroep.Id);
        await Workshops.AddEntityAsync(state);
    }

    private async Task<List<TableEntity>> NoteRowsAsync(string werkgroepId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Workshops.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {werkgroepId} and RowKey ge {NoteRowEntity.RowKeyPrefix} and RowKey lt {NoteRowEntity.RowKeyEnd}")))
        {
            rows.Add(row);
        }

        return rows;
    }
}
