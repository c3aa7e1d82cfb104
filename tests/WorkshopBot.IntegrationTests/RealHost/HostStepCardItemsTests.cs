using System.Text.Json.Nodes;
using WorkshopBot.Application.Errors;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 12, finding 7: after a promotion the item must be reachable from the chat. The step card lists
// the step's items; Openen answers with the item card, Vaststellen (moderator only) answers with the step
// card showing the new status. A partner who sends the moderator's vaststellen anyway is refused by the
// server, whatever the card offered.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostStepCardItemsTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task PromotedNote_OpenForPartner_VaststellenByModeratorOnly()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard")), Ct);
        var noteId = (await Bench.NotesAsync(werkgroepId, Ct)).Single().Id;

        // The moderator promotes from her step card (Overnemen opens a dialog); in step 3 the kind is an activity.
        var moderatorCard = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "refreshStep", Step(werkgroepId)), Ct)).Card!;
        var opener = CardQuery.DialogOpeners(moderatorCard, "showPromoteForm").Single();
        var fetched = await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/fetch", opener["data"]!.DeepClone().AsObject()), Ct);
        var form = fetched.Body!["task"]!["value"]!["card"]!["content"]!;
        var promoteData = CardQuery.OfType(form, "Action.Submit").Single()["data"]!.DeepClone().AsObject();
        promoteData[$"promoteKind_{noteId}"] = CardQuery.Input(form, $"promoteKind_{noteId}")!["value"]!.GetValue<string>();
        var promoted = await Bench.PostAsync(Bench.TaskInvoke(conversation, marieke, "task/submit", promoteData), Ct);
        Assert.Equal("message", (string?)promoted.Body!["task"]!["type"]);
        var activity = Assert.Single((await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities);

        // Fatma's step card lists it with Openen, without Vaststellen.
        var fatmaCard = (await Bench.PostAsync(Bench.Invoke(conversation, fatma, "refreshStep", Step(werkgroepId)), Ct)).Card!;
        Assert.Contains("**Activiteit** · Wekelijkse buurtlunch in Dodewaard", CardQuery.Texts(fatmaCard));
        Assert.Empty(CardQuery.ExecuteActions(fatmaCard, "acceptItem"));
        var open = CardQuery.ExecuteActions(fatmaCard, "refreshItem").Single();
        var opened = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "refreshItem", open["data"]!.DeepClone().AsObject()), Ct);
        Assert.True(opened.IsCard, opened.ToString());
        Assert.Contains("Wekelijkse buurtlunch in Dodewaard", CardQuery.AllText(opened.Card!), StringComparison.Ordinal);
        Assert.Contains("Concept", CardQuery.Texts(opened.Card!));

        // Fatma forges the moderator's Vaststellen: refused, the activity stays concept.
        moderatorCard = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "refreshStep", Step(werkgroepId)), Ct)).Card!;
        var accept = CardQuery.ExecuteActions(moderatorCard, "acceptItem").Single();
        Assert.Equal(activity.Id, accept["data"]!["itemId"]!.GetValue<string>());
        var forged = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "acceptItem", accept["data"]!.DeepClone().AsObject()), Ct);
        Assert.True(forged.IsError, forged.ToString());
        Assert.Equal(DomainErrorCodes.NotModerator, forged.ErrorCode);
        Assert.Equal(ErrorCatalog.MessageFor(new DomainError(DomainErrorCodes.NotModerator, ""), Language.Dutch), forged.ErrorMessage);
        Assert.Equal(ItemStatus.Concept, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single().Status);

        // Marieke's Vaststellen answers with her step card, now saying vastgesteld.
        var accepted = await Bench.PostAsync(Bench.Invoke(conversation, marieke, "acceptItem", accept["data"]!.DeepClone().AsObject()), Ct);
        Assert.True(accepted.IsCard, accepted.ToString());
        Assert.Contains("Stap sluiten", CardQuery.ActionTitles(accepted.Card!));
        Assert.Contains("Vastgesteld", CardQuery.Texts(accepted.Card!));
        Assert.Empty(CardQuery.ExecuteActions(accepted.Card!, "acceptItem"));
        Assert.Equal(ItemStatus.Vastgesteld, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single().Status);
        Bench.AssertEveryCardValid();
    }

    private static JsonObject Step(string werkgroepId) => new() { ["werkgroepId"] = werkgroepId, ["step"] = 3 };
}
