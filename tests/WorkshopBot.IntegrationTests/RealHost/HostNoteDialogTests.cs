using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Editing and moving a note open Teams dialogs (task/fetch → form → task/submit) instead of forms inside the
// shared step card, which the next note anyone adds would re-render and wipe. The form is built from the
// stored werkgroep; the server checks on opening and on saving who may change the note.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostNoteDialogTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task EditNote_InADialogWhileOthersAddNotes_SavesWhatSheTypedAndRefusesOthers()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var sanne = HostBench.User("Sanne Jansen (Welzijn Neder-Betuwe)");
        var ahmed = HostBench.User("Ahmed Bakker (Toegangsteam)");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var sannesCard = (await Bench.PostAsync(Bench.Invoke(conversation, sanne, "addNotes", HostBench.NoteData(werkgroepId, "Huisbezoek bij 75-plusers")), Ct)).Card!;
        var noteId = Assert.Single(await Bench.NotesAsync(werkgroepId, Ct)).Id;

        // Her own card has Bewerken as a dialog button; the form shows her note as she wrote it.
        var opener = HostBench.DataOf(CardQuery.DialogOpeners(sannesCard, "showEditNoteForm").Single());
        Assert.Null(CardQuery.Input(sannesCard, $"noteText_{noteId}"));
        var fetched = await Bench.PostAsync(Bench.TaskInvoke(conversation, sanne, "task/fetch", opener.DeepClone().AsObject(), replyToId: "1:step-card"), Ct);
        Assert.Equal("Notitie bewerken", (string?)fetched.Body!["task"]!["value"]!["title"]);
        var form = HostBench.DialogCard(fetched);
        Assert.Equal("Huisbezoek bij 75-plusers", (string?)CardQuery.Input(form, $"noteText_{noteId}")!["value"]);
        var save = HostBench.DataOf(Assert.Single(CardQuery.OfType(form, "Action.Submit")));

        // While the dialog is open Ahmed adds notes; the shared card is updated, the dialog is not touched.
        await Bench.PostAsync(Bench.Invoke(conversation, ahmed, "addNotes", HostBench.NoteData(werkgroepId, "Maatjes via de kerk\nBuurtlunch op woensdag")), Ct);
        await Bench.WaitForCardUpdateAsync(text => text.Contains("Buurtlunch op woensdag", StringComparison.Ordinal), Ct);

        // Ahmed cannot open or save Sanne's note, even with her button's data.
        var ahmedFetch = await Bench.PostAsync(Bench.TaskInvoke(conversation, ahmed, "task/fetch", opener.DeepClone().AsObject()), Ct);
        Assert.Equal("message", (string?)ahmedFetch.Body!["task"]!["type"]);
        Assert.Equal("Je kunt alleen je eigen notities aanpassen.", (string?)ahmedFetch.Body["task"]!["value"]);
        var forged = await Bench.PostAsync(Bench.TaskInvoke(conversation, ahmed, "task/submit", save.DeepClone().AsObject().With($"noteText_{noteId}", "Overschreven")), Ct);
        Assert.Equal("Je kunt alleen je eigen notities aanpassen.", (string?)forged.Body!["task"]!["value"]);
        Assert.Equal("Huisbezoek bij 75-plusers", (await Bench.NotesAsync(werkgroepId, Ct)).Single(n => n.Id == noteId).Text);

        // Too long: the form comes back with what she typed and the reason, nothing saved.
        var tooLong = new string('x', 501);
        var refused = await Bench.PostAsync(Bench.TaskInvoke(conversation, sanne, "task/submit", save.DeepClone().AsObject().With($"noteText_{noteId}", tooLong), replyToId: "1:step-card"), Ct);
        var again = HostBench.DialogCard(refused);
        Assert.Equal(tooLong, (string?)CardQuery.Input(again, $"noteText_{noteId}")!["value"]);
        Assert.Contains("hoogstens 500 tekens", CardQuery.AllText(again), StringComparison.Ordinal);

        // Her correction is saved and reaches everyone's card.
        var saved = await Bench.PostAsync(Bench.TaskInvoke(conversation, sanne, "task/submit", save.DeepClone().AsObject().With($"noteText_{noteId}", "Huisbezoek bij 75-plussers die alleen wonen"), replyToId: "1:step-card"), Ct);
        Assert.Equal("message", (string?)saved.Body!["task"]!["type"]);
        Assert.StartsWith("Opgeslagen", (string?)saved.Body["task"]!["value"], StringComparison.Ordinal);
        Assert.Equal("Huisbezoek bij 75-plussers die alleen wonen", (await Bench.NotesAsync(werkgroepId, Ct)).Single(n => n.Id == noteId).Text);
        Assert.Equal(3, (await Bench.NotesAsync(werkgroepId, Ct)).Count);
        await Bench.WaitForCardUpdateAsync(text => text.Contains("plussers die alleen wonen", StringComparison.Ordinal), Ct);

        // Once the step is closed the dialog no longer opens: it says why instead.
        await Bench.PostAsync(Bench.Invoke(conversation, marieke, "closeStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);
        var closed = await Bench.PostAsync(Bench.TaskInvoke(conversation, sanne, "task/fetch", opener.DeepClone().AsObject()), Ct);
        Assert.Equal("Stap 3 is gesloten. Vraag de projectleider om de stap te openen.", (string?)closed.Body!["task"]!["value"]);
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task MoveNote_TheModeratorMovesInADialog_AndASilentNoteIsNotRevealed()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var joke = HostBench.User("Joke de Boer (Vrijwilligerscentrale)");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, joke, "addNotes", HostBench.NoteData(werkgroepId, "Vrijwilligers krijgen een training signalen herkennen")), Ct);
        var noteId = Assert.Single(await Bench.NotesAsync(werkgroepId, Ct)).Id;
        var moderatorCard = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "refreshStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct)).Card!;
        var opener = HostBench.DataOf(CardQuery.DialogOpeners(moderatorCard, "showMoveNoteForm").Single(o => (string?)o["data"]!["noteId"] == noteId));

        var form = HostBench.DialogCard(await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/fetch", opener, replyToId: "1:step-card"), Ct));
        Assert.Equal("3", (string?)CardQuery.Input(form, $"moveToStep_{noteId}")!["value"]);
        var move = HostBench.DataOf(Assert.Single(CardQuery.OfType(form, "Action.Submit"))).With($"moveToStep_{noteId}", "4");
        var moved = await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/submit", move, replyToId: "1:step-card"), Ct);
        Assert.Equal("message", (string?)moved.Body!["task"]!["type"]);
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
        Assert.Equal(4, Assert.Single((await Bench.WerkgroepAsync(werkgroepId, Ct)).NotesInStep(4)).Step);

        // During a silent brainstorm not even the moderator opens someone else's note: the id reveals nothing.
        await Bench.PostAsync(Bench.Invoke(conversation, marieke, "startSilent", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, joke, "addNotes", HostBench.NoteData(werkgroepId, "Geheime notitie van Joke")), Ct);
        var hiddenId = Assert.Single(await Bench.NotesAsync(werkgroepId, Ct)).Id;
        foreach (var verb in new[] { "showEditNoteForm", "showMoveNoteForm" })
        {
            var peek = await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/fetch", new JsonObject
            {
                ["werkgroepId"] = werkgroepId, ["step"] = 3, ["noteId"] = hiddenId, ["verb"] = verb,
            }), Ct);
            Assert.Equal("message", (string?)peek.Body!["task"]!["type"]);
            Assert.DoesNotContain("Geheime", peek.Body.ToJsonString(), StringComparison.Ordinal);
        }
    }
}
