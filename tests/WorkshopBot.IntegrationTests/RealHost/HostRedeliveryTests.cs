using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Storage;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 2: Teams redelivers an invoke when our answer is slow or lost. The same delivery
// (conversation.id + activity id) must store one note, and every answer must still be a 200 the
// client can show.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostRedeliveryTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task Invoke_SameAddNoteDeliveredTwice_StoresOneNoteAndAnswersTheSameCardTwice()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var addNote = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard"));

        var first = await Bench.PostAsync(addNote, Ct);
        var second = await Bench.PostAsync(addNote, Ct);

        Assert.True(first.IsCard, first.ToString());
        Assert.True(second.IsCard, second.ToString());
        Assert.Contains("Wekelijkse buurtlunch in Dodewaard", CardQuery.AllText(second.Card!), StringComparison.Ordinal);
        var note = Assert.Single(await Bench.NotesAsync(werkgroepId, Ct));
        Assert.Equal("Wekelijkse buurtlunch in Dodewaard", note.Text);
        Bench.AssertEveryCardValid();
    }

    // Issue 14: the duplicate-request record keeps what to render again (werkgroep and step), not the card;
    // the redelivery still gets the caller's card, showing the note and any added since.
    [Fact]
    public async Task Invoke_AddNoteRedeliveredAfterAnotherNote_AnswersTheCurrentCardFromASmallRecord()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var sanne = HostBench.User("Sanne");
        var addNote = Bench.Invoke(conversation, sanne, "addNotes", HostBench.NoteData(werkgroepId, "Koffieochtend in het dorpshuis"));
        var first = await Bench.PostAsync(addNote, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Fatima"), "addNotes", HostBench.NoteData(werkgroepId, "Samen koken op woensdag")), Ct);

        var again = await Bench.PostAsync(addNote, Ct);

        Assert.True(first.IsCard, first.ToString());
        Assert.True(again.IsCard, again.ToString());
        var text = CardQuery.AllText(again.Card!);
        Assert.Contains("Koffieochtend in het dorpshuis", text, StringComparison.Ordinal);
        Assert.Contains("Samen koken op woensdag", text, StringComparison.Ordinal);
        Assert.Equal(2, (await Bench.NotesAsync(werkgroepId, Ct)).Count);
        var processed = Bench.Host.Services.GetRequiredService<TableClientProvider>().GetTableClient(TableNames.ProcessedActivities);
        var record = (await processed.GetEntityAsync<TableEntity>(TableKeys.Hash(conversation), TableKeys.Hash(addNote["id"]!.GetValue<string>()), cancellationToken: Ct)).Value;
        Assert.Equal("completed", record.GetString("Status"));
        Assert.Null(record.GetBinary("ResponseBody"));
        Assert.Equal($"step|{werkgroepId}|3", record.GetString("ReplayKey"));
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task Invoke_SameAddNoteDeliveredTwiceAtOnce_StoresOneNoteAndBothAnswer200()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var addNote = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Maatjesproject met de bibliotheek"));

        var replies = await Task.WhenAll(Bench.PostAsync(addNote, Ct), Bench.PostAsync(addNote, Ct));

        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(replies, r => Assert.Equal(200, r.InvokeStatus));
        Assert.Contains(replies, r => r.IsCard);
        Assert.Single(await Bench.NotesAsync(werkgroepId, Ct));
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task Message_SameNewNoteMessageDeliveredTwice_StoresOneNoteAndRepliesOnce()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var message = Bench.Message(conversation, HostBench.User("Sanne"), "nieuwe notitie Ophaaldienst voor de soos");
        var before = Bench.Connector.Requests.Count;

        var first = await Bench.PostAsync(message, Ct);
        var second = await Bench.PostAsync(message, Ct);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("Ophaaldienst voor de soos", Assert.Single(await Bench.NotesAsync(werkgroepId, Ct)).Text);
        Assert.Equal(before + 1, Bench.Connector.Requests.Count);
        Bench.AssertEveryCardValid();
    }
}
