using System.Text.Json.Nodes;
using WorkshopBot.Domain.Items;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 12: editing an item and promoting a note open Teams dialogs (task/fetch → form → task/submit), built
// from the stored werkgroep, with the role checked by the server on opening and on submitting; a vertellen
// indicator is proposed with the short form and completed on its own definition sheet; a client without
// dialogs gets the form as a message of its own.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostItemDialogTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task EditResult_InADialog_SavesAndAStaleEditKeepsWhatWasTyped()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var sanne = HostBench.User("Sanne Jansen (Welzijn Neder-Betuwe)");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var itemCard = (await Bench.PostAsync(Bench.Invoke(conversation, sanne, "proposeItem", new JsonObject
        {
            ["werkgroepId"] = werkgroepId, ["step"] = 2, ["itemKind"] = "result", ["resultText"] = "Ouderen kennen iemand in hun straat",
        }), Ct)).Card!;

        // Bewerken on her item card opens a dialog with the stored values.
        var opener = CardQuery.DialogOpeners(itemCard, "showEditForm").Single();
        var fetched = await Bench.PostAsync(Bench.TaskInvoke(conversation, sanne, "task/fetch", Data(opener), replyToId: "1:item"), Ct);
        Assert.Equal("continue", (string?)fetched.Body!["task"]!["type"]);
        var form = DialogCard(fetched);
        Assert.Equal("Ouderen kennen iemand in hun straat", (string?)CardQuery.Input(form, "resultText")!["value"]);
        var save = Assert.Single(CardQuery.OfType(form, "Action.Submit"));
        Assert.Equal("updateItem", (string?)save["data"]!["verb"]);

        // Someone else edits in between (Marieke, from her own item card): Sanne's save is stale.
        var moderatorEdit = Data(save);
        moderatorEdit["resultText"] = "Ouderen in Dodewaard kennen iemand in hun straat";
        var first = await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/submit", moderatorEdit), Ct);
        Assert.Equal("message", (string?)first.Body!["task"]!["type"]);
        Assert.StartsWith("Opgeslagen", (string?)first.Body["task"]!["value"], StringComparison.Ordinal);

        var sannesEdit = Data(save);
        sannesEdit["resultText"] = "Ouderen kennen twee mensen in hun straat";
        sannesEdit["targetGroup"] = "Alleenwonende 75-plussers";
        var stale = await Bench.PostAsync(Bench.TaskInvoke(conversation, sanne, "task/submit", sannesEdit), Ct);
        Assert.Equal("continue", (string?)stale.Body!["task"]!["type"]);
        var again = DialogCard(stale);
        Assert.Equal("Alleenwonende 75-plussers", (string?)CardQuery.Input(again, "targetGroup")!["value"]);
        Assert.Equal("Ouderen kennen twee mensen in hun straat", (string?)CardQuery.Input(again, "resultText")!["value"]);
        Assert.Equal("Ouderen in Dodewaard kennen iemand in hun straat", (await Bench.WerkgroepAsync(werkgroepId, Ct)).Results.Single().Statement);

        // The form came back with the current version: her second save goes through, nothing she typed lost.
        var retry = await Bench.PostAsync(Bench.TaskInvoke(conversation, sanne, "task/submit", Data(Assert.Single(CardQuery.OfType(again, "Action.Submit")))
            .With("resultText", "Ouderen kennen twee mensen in hun straat").With("targetGroup", "Alleenwonende 75-plussers")), Ct);
        Assert.Equal("message", (string?)retry.Body!["task"]!["type"]);
        var result = (await Bench.WerkgroepAsync(werkgroepId, Ct)).Results.Single();
        Assert.Equal("Ouderen kennen twee mensen in hun straat", result.Statement);
        Assert.Equal("Alleenwonende 75-plussers", result.TargetGroup);
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task Promote_PartnerGetsNoFormAndCannotSubmit_ModeratorPromotesInStep3ToAnActivity()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var ahmed = HostBench.User("Ahmed Bakker");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, ahmed, "addNotes", HostBench.NoteData(werkgroepId, "Huisbezoek bij 75-plussers die alleen wonen")), Ct);
        var noteId = (await Bench.NotesAsync(werkgroepId, Ct)).Single().Id;
        var moderatorCard = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "refreshStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct)).Card!;
        var opener = Data(CardQuery.DialogOpeners(moderatorCard, "showPromoteForm").Single(o => (string?)o["data"]!["noteId"] == noteId));

        // Ahmed sends the moderator's button anyway: no form, and a forged submit changes nothing.
        var partnerFetch = await Bench.PostAsync(Bench.TaskInvoke(conversation, ahmed, "task/fetch", opener.DeepClone().AsObject(), replyToId: "1:step-card"), Ct);
        Assert.Equal("message", (string?)partnerFetch.Body!["task"]!["type"]);
        var forged = opener.DeepClone().AsObject().With("verb", "promoteNote").With($"promoteKind_{noteId}", "result");
        var partnerSubmit = await Bench.PostAsync(Bench.TaskInvoke(conversation, ahmed, "task/submit", forged, replyToId: "1:step-card"), Ct);
        Assert.Equal("message", (string?)partnerSubmit.Body!["task"]!["type"]);
        Assert.DoesNotContain("Overgenomen", (string?)partnerSubmit.Body["task"]!["value"], StringComparison.Ordinal);
        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.Empty(werkgroep.Results);
        Assert.Empty(werkgroep.Activities);

        // Marieke's dialog offers "activiteit" first in step 3; submitting it makes an activity.
        var fetched = await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/fetch", opener.DeepClone().AsObject(), replyToId: "1:step-card"), Ct);
        var form = DialogCard(fetched);
        Assert.Equal("Notitie overnemen als voorstel", (string?)fetched.Body!["task"]!["value"]!["title"]);
        var kind = CardQuery.Input(form, $"promoteKind_{noteId}")!;
        Assert.Equal("activity", (string?)kind["value"]);
        var submit = Data(Assert.Single(CardQuery.OfType(form, "Action.Submit"))).With($"promoteKind_{noteId}", (string)kind["value"]!);
        var promoted = await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/submit", submit, replyToId: "1:step-card"), Ct);
        Assert.Equal("message", (string?)promoted.Body!["task"]!["type"]);
        Assert.StartsWith("Overgenomen", (string?)promoted.Body["task"]!["value"], StringComparison.Ordinal);
        werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.Equal("Huisbezoek bij 75-plussers die alleen wonen", Assert.Single(werkgroep.Activities).What);
        Assert.Empty(werkgroep.Results);

        // Everyone's step card shows it: the shared card is updated.
        await Bench.WaitForCardUpdateAsync(text => text.Contains("Huisbezoek bij", StringComparison.Ordinal)
            && text.Contains("overgenomen als voorstel", StringComparison.Ordinal), Ct);
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task Promote_TheModeratorChoosesAnotherKind()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, marieke, "addNotes", HostBench.NoteData(werkgroepId, "Vrijwilligers kennen de signalen van eenzaamheid")), Ct);
        var noteId = (await Bench.NotesAsync(werkgroepId, Ct)).Single().Id;
        var opener = new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3, ["noteId"] = noteId, ["verb"] = "showPromoteForm" };

        var form = DialogCard(await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/fetch", opener), Ct));
        var submit = Data(Assert.Single(CardQuery.OfType(form, "Action.Submit"))).With($"promoteKind_{noteId}", "qualityAgreement");
        await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/submit", submit), Ct);

        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.Equal("Vrijwilligers kennen de signalen van eenzaamheid", Assert.Single(werkgroep.QualityAgreements).Description);
        Assert.Empty(werkgroep.Activities);
    }

    [Fact]
    public async Task VertellenIndicator_ShortFormThenTheStorySheet_StoresTheStoryFieldsAndKeepsTheRest()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var joke = HostBench.User("Joke de Boer (Vrijwilligerscentrale)");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);

        // The short form, live: a name, vertellen, the owner.
        var proposeForm = DialogCard(await Bench.PostAsync(Bench.TaskInvoke(conversation, joke, "task/fetch", new JsonObject
        {
            ["werkgroepId"] = werkgroepId, ["step"] = 5, ["itemKind"] = "indicator", ["verb"] = "showProposeForm",
        }), Ct));
        Assert.Null(CardQuery.Input(proposeForm, "baseline"));
        var proposed = Data(Assert.Single(CardQuery.OfType(proposeForm, "Action.Submit")))
            .With("indicatorName", "Verhalen van bezoekers van de huiskamer").With("measure", "vertellen").With("owner", "Vrijwilligerscentrale");
        Assert.Equal("message", (string?)(await Bench.PostAsync(Bench.TaskInvoke(conversation, joke, "task/submit", proposed), Ct)).Body!["task"]!["type"]);
        var indicator = Assert.Single((await Bench.WerkgroepAsync(werkgroepId, Ct)).Indicators);
        Assert.Equal(IndicatorKind.Vertellen, indicator.IndicatorKind);
        Assert.Contains("storiesAbout", indicator.MissingFields());
        Assert.DoesNotContain("baseline", indicator.MissingFields());

        // Afterwards the full sheet: the story fields, not nulmeting/streefwaarde/richting.
        var sheet = DialogCard(await Bench.PostAsync(Bench.TaskInvoke(conversation, joke, "task/fetch", new JsonObject
        {
            ["werkgroepId"] = werkgroepId, ["itemKind"] = "indicator", ["itemId"] = indicator.Id, ["verb"] = "showEditForm",
        }), Ct));
        Assert.NotNull(CardQuery.Input(sheet, "storiesFrom"));
        Assert.Null(CardQuery.Input(sheet, "baseline"));
        Assert.Null(CardQuery.Input(sheet, "direction"));
        Assert.Equal("Vrijwilligerscentrale", (string?)CardQuery.Input(sheet, "owner")!["value"]);
        var filled = Data(Assert.Single(CardQuery.OfType(sheet, "Action.Submit")))
            .With("indicatorName", "Verhalen van bezoekers van de huiskamer").With("measure", "vertellen").With("owner", "Vrijwilligerscentrale")
            .With("storiesAbout", "Wat de huiskamer in hun week veranderde").With("storiesFrom", "Bezoekers en vrijwilligers")
            .With("collectionMethod", "Most Significant Change").With("storiesUse", "Bespreken in de werkgroep").With("frequency", "Twee keer per jaar")
            .With("level", "outcome").With("priority", "needToKnow");
        var saved = await Bench.PostAsync(Bench.TaskInvoke(conversation, joke, "task/submit", filled), Ct);
        Assert.Equal("message", (string?)saved.Body!["task"]!["type"]);

        indicator = Assert.Single((await Bench.WerkgroepAsync(werkgroepId, Ct)).Indicators);
        Assert.Equal("Wat de huiskamer in hun week veranderde", indicator.StoriesAbout);
        Assert.Equal("Bezoekers en vrijwilligers", indicator.StoriesFrom);
        Assert.Equal("Most Significant Change", indicator.CollectionMethod);
        Assert.Equal("Bespreken in de werkgroep", indicator.StoriesUse);
        Assert.Equal("Vrijwilligerscentrale", indicator.OwnerOrganisation);
        Assert.Equal(["resultId"], indicator.MissingFields());
    }

    [Fact]
    public async Task EditForm_VastgesteldItem_OnlyForTheModerator_AndWithoutDialogsAsItsOwnMessage()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var pieter = HostBench.User("Pieter Smit (Adviesraad Sociaal Domein)");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var itemCard = (await Bench.PostAsync(Bench.Invoke(conversation, pieter, "proposeItem", new JsonObject
        {
            ["werkgroepId"] = werkgroepId, ["step"] = 4, ["itemKind"] = "qualityAgreement", ["agreementText"] = "Vrijwilligers volgen de training eenzaamheid",
        }), Ct)).Card!;
        var opener = Data(CardQuery.DialogOpeners(itemCard, "showEditForm").Single());
        var accept = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "acceptItem", opener.DeepClone().AsObject()), Ct));
        Assert.True(accept.IsCard, accept.ToString());

        var refused = await Bench.PostAsync(Bench.TaskInvoke(conversation, pieter, "task/fetch", opener.DeepClone().AsObject()), Ct);
        Assert.Equal("message", (string?)refused.Body!["task"]!["type"]);
        Assert.DoesNotContain("Vrijwilligers volgen", (string?)refused.Body["task"]!["value"], StringComparison.Ordinal);

        // A client without dialogs sends the opener as a plain submit: the bot posts the form as its own message.
        var before = Bench.ConnectorCards().Count;
        await Bench.PostAsync(Bench.Message(conversation, marieke, "").With("value", opener.DeepClone()), Ct);
        var posted = Bench.ConnectorCards().Skip(before).Single(card => CardQuery.Input(card, "agreementText") is not null);
        Assert.Equal("Vrijwilligers volgen de training eenzaamheid", (string?)CardQuery.Input(posted, "agreementText")!["value"]);
        Assert.Single(CardQuery.ExecuteActions(posted, "updateItem"));
    }

    private static JsonObject Data(JsonObject action) => HostBench.DataOf(action);

    private static JsonNode DialogCard(HostReply reply) => HostBench.DialogCard(reply);
}

internal static class JsonObjectWith
{
    public static JsonObject With(this JsonObject data, string key, JsonNode? value)
    {
        data[key] = value;
        return data;
    }
}
