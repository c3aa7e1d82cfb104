using Azure.Data.Tables;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Workshops;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// What the rows look like in the table: limits Azure enforces (Azurite does not) and the audit layout.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableWorkshopStoreLayoutTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private StorageHost? _host;

    public async Task InitializeAsync() => _host = await StorageHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    // Issue 14: the notes are rows of their own, so the state row stays small however full the board is.
    [Fact]
    public async Task SaveWerkgroepAsync_LargeBoard_StoresEachNoteInItsOwnRowNextToASmallStateRow()
    {
        var werkgroep = TestWorkshop.Werkgroep("w-large", "t-1").WithOpenStep(3);
        for (int person = 1; person <= 10; person++)
        {
            for (int batch = 0; batch < 4; batch++)
            {
                var lines = Enumerable.Range(1, 50).Select(_ => string.Concat(Enumerable.Range(0, 8).Select(_ => Guid.NewGuid().ToString("N")))).ToArray();
                werkgroep = werkgroep.AddNotes(TestWorkshop.Participant(person), $"b{person}-{batch}", 3, lines, TestWorkshop.Now).Ok();
            }
        }

        await _host!.Get<IWorkshopStore>().SaveWerkgroepAsync(werkgroep, null, [], default);

        var row = (await Workshops.GetEntityAsync<TableEntity>("w-large", "state")).Value;
        Assert.Equal(1, row.GetInt32("ChunkCount"));
        Assert.InRange(row.GetBinary("Data0").Length, 1, 8 * 1024);
        var notes = new List<TableEntity>();
        await foreach (var note in Workshops.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"w-large"} and RowKey ge {NoteRowEntity.RowKeyPrefix} and RowKey lt {NoteRowEntity.RowKeyEnd}")))
        {
            notes.Add(note);
        }

        Assert.Equal(2000, notes.Count);
        Assert.All(notes, note => Assert.InRange(note.GetBinary("Data0").Length, 1, 64 * 1024));
        var loaded = (await _host!.Get<IWorkshopStore>().GetWerkgroepAsync("w-large", default))!.Value;
        Assert.Equal(werkgroep.Notes.Select(n => n.Text), loaded.Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_WithEvents_WritesEventRowsNextToState()
    {
        var started = Werkgroep.Start(TestWorkshop.Traject(), "w-events", "Jeugd", new ConversationBinding("19:c/d#e", ConversationKind.Channel), TestWorkshop.Moderator, TestWorkshop.Now).Value;

        await _host!.Get<IWorkshopStore>().SaveWerkgroepAsync(started.Aggregate, null, started.Events, default);

        var rowKeys = new List<string>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"w-events"}")))
        {
            rowKeys.Add(entity.RowKey);
        }

        Assert.Equal(["event-0000000001-000", "state"], rowKeys.ToArray());
    }

    private TableClient Workshops => _host!.Get<TableClientProvider>().GetTableClient(TableNames.Workshops);
}
