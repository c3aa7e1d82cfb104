using System.Net;
using System.Text.Json.Nodes;
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
    // the redelivery still gets the caller's card, showing what was added since.
    [Fact]
    public async Task Invoke_OpenStepRedeliveredAfterANote_AnswersTheCurrentCardFromASmallRecord()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var openStep = Bench.Invoke(conversation, marieke, "openStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 4 });
        var first = await Bench.PostAsync(openStep, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Fatima"), "addNotes", HostBench.NoteData(werkgroepId, "Samen koken op woensdag", step: 4)), Ct);

        var again = await Bench.PostAsync(openStep, Ct);

        Assert.True(first.IsCard, first.ToString());
        Assert.True(again.IsCard, again.ToString());
        Assert.Contains("Samen koken op woensdag", CardQuery.AllText(again.Card!), StringComparison.Ordinal);
        var record = (await Processed.GetEntityAsync<TableEntity>(TableKeys.Hash(conversation), TableKeys.Hash(openStep["id"]!.GetValue<string>()), cancellationToken: Ct)).Value;
        Assert.Equal("completed", record.GetString("Status"));
        Assert.Null(record.GetBinary("ResponseBody"));
        Assert.Equal($"step|{werkgroepId}|4", record.GetString("ReplayKey"));
        Bench.AssertEveryCardValid();
    }

    // Issue 14: adding notes is keyed by the activity itself (the notes' ids come from it), so it needs no
    // duplicate-request record: a redelivery runs again, adds nothing and answers the current card.
    [Fact]
    public async Task Invoke_AddNoteRedeliveredAfterAnotherNote_AnswersTheCurrentCardWithoutADuplicateRecord()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var addNote = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Koffieochtend in het dorpshuis"));
        var first = await Bench.PostAsync(addNote, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Fatima"), "addNotes", HostBench.NoteData(werkgroepId, "Samen koken op woensdag")), Ct);

        var again = await Bench.PostAsync(addNote, Ct);

        Assert.True(first.IsCard, first.ToString());
        Assert.True(again.IsCard, again.ToString());
        var text = CardQuery.AllText(again.Card!);
        Assert.Contains("Koffieochtend in het dorpshuis", text, StringComparison.Ordinal);
        Assert.Contains("Samen koken op woensdag", text, StringComparison.Ordinal);
        Assert.Equal(2, (await Bench.NotesAsync(werkgroepId, Ct)).Count);
        var record = await Processed.GetEntityIfExistsAsync<TableEntity>(TableKeys.Hash(conversation), TableKeys.Hash(addNote["id"]!.GetValue<string>()), cancellationToken: Ct);
        Assert.False(record.HasValue);
        Bench.AssertEveryCardValid();
    }

    private TableClient Processed => Bench.Host.Services.GetRequiredService<TableClientProvider>().GetTableClient(TableNames.ProcessedActivities);

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
