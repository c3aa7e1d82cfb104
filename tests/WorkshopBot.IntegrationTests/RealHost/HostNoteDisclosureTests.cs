using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13, finding 8: a form prefilled from a note id in card data (showProposeForm) shows only what
// the card itself would show that person: no deleted note's text, and during a silent brainstorm no one
// else's note. The id is the only thing a forged or stale card needs to know.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostNoteDisclosureTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task ShowProposeForm_WithAnotherPersonsNoteDuringSilentBrainstorm_FormDoesNotCarryItsText()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        Assert.True((await Bench.PostAsync(Bench.Invoke(conversation, marieke, CardVerbs.StartSilent, new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct)).IsCard);
        Assert.True((await Bench.PostAsync(Bench.Invoke(conversation, fatma, CardVerbs.AddNotes, HostBench.NoteData(werkgroepId, "Geheime buurtbus van Fatma")), Ct)).IsCard);
        var noteId = (await Bench.WerkgroepAsync(werkgroepId, Ct)).Notes.Single().Id;

        var others = await Bench.PostAsync(Bench.Invoke(conversation, marieke, CardVerbs.ShowProposeForm, Form(werkgroepId, noteId)), Ct);
        var own = await Bench.PostAsync(Bench.Invoke(conversation, fatma, CardVerbs.ShowProposeForm, Form(werkgroepId, noteId)), Ct);

        Assert.True(others.IsCard, others.ToString());
        Assert.DoesNotContain("Geheime buurtbus", others.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Geheime buurtbus", own.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowProposeForm_WithADeletedNote_FormDoesNotCarryItsText()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        Assert.True((await Bench.PostAsync(Bench.Invoke(conversation, fatma, CardVerbs.AddNotes, HostBench.NoteData(werkgroepId, "Per ongeluk gedeeld adres")), Ct)).IsCard);
        var noteId = (await Bench.WerkgroepAsync(werkgroepId, Ct)).Notes.Single().Id;
        Assert.True((await Bench.PostAsync(Bench.Invoke(conversation, fatma, CardVerbs.DeleteNote, new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3, ["noteId"] = noteId }), Ct)).IsCard);

        var form = await Bench.PostAsync(Bench.Invoke(conversation, marieke, CardVerbs.ShowProposeForm, Form(werkgroepId, noteId)), Ct);

        Assert.True(form.IsCard, form.ToString());
        Assert.DoesNotContain("Per ongeluk gedeeld adres", form.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject Form(string werkgroepId, string noteId) => new()
    {
        ["werkgroepId"] = werkgroepId,
        ["step"] = 3,
        ["itemKind"] = CardValues.Activity,
        ["sourceNoteId"] = noteId,
    };
}
