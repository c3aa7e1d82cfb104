using System.Net;
using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 12, finding 3: proposing opens a Teams dialog, so shared step-card updates never wipe typing.
// task/fetch answers the propose form as a dialog; task/submit runs the same ProposeItem command as the
// inline form; invalid input returns the form with what was typed; redelivery stores one item; someone
// outside the werkgroep's conversation gets no form.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostDialogTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task Fetch_ProposeResult_AnswersTheFormAsADialogThatSubmitsProposeItem()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);

        var fetched = await Bench.PostAsync(Bench.TaskInvoke(conversation, HostBench.User("Sanne"), "task/fetch", OpenerData(werkgroepId), replyToId: "1:step-card"), Ct);

        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal("continue", (string?)fetched.Body!["task"]!["type"]);
        Assert.Equal("Resultaat voorstellen", (string?)fetched.Body["task"]!["value"]!["title"]);
        var card = DialogCard(fetched);
        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card));
        Assert.Empty(CardQuery.ExecuteActions(card));
        var submit = Assert.Single(CardQuery.OfType(card, "Action.Submit"));
        Assert.Equal("proposeItem", (string?)submit["data"]!["verb"]);
        Assert.Equal("1:step-card", (string?)submit["data"]!["cardMessageId"]);
        Assert.NotNull(CardQuery.Input(card, "resultText"));
    }

    [Fact]
    public async Task Submit_ValidProposalDeliveredTwice_StoresOneResultAndClosesWithANote()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var sanne = HostBench.User("Sanne");
        var data = SubmitData(werkgroepId, "Ouderen in Dodewaard kennen iemand in hun straat", "Alleenwonende 75-plussers");
        var submit = Bench.TaskInvoke(conversation, sanne, "task/submit", data);

        var first = await Bench.PostAsync(submit, Ct);
        var second = await Bench.PostAsync(submit, Ct);

        foreach (var reply in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal("message", (string?)reply.Body!["task"]!["type"]);
            Assert.StartsWith("Opgeslagen", (string?)reply.Body["task"]!["value"], StringComparison.Ordinal);
        }

        var result = Assert.Single((await Bench.WerkgroepAsync(werkgroepId, Ct)).Results);
        Assert.Equal("Ouderen in Dodewaard kennen iemand in hun straat", result.Statement);
        Assert.Equal("Alleenwonende 75-plussers", result.TargetGroup);
        Assert.Equal(sanne.AadObjectId, result.CreatedById);
    }

    [Fact]
    public async Task Submit_WithoutText_ReturnsTheFormWithWhatWasTypedAndAFriendlyError()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);

        var reply = await Bench.PostAsync(Bench.TaskInvoke(conversation, HostBench.User("Pieter"), "task/submit", SubmitData(werkgroepId, "   ", "Mantelzorgers <en> buren")), Ct);

        Assert.Equal("continue", (string?)reply.Body!["task"]!["type"]);
        var card = DialogCard(reply);
        Assert.Contains("Vul de tekst of naam in", CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.Equal("Mantelzorgers <en> buren", (string?)CardQuery.Input(card, "targetGroup")!["value"]);
        Assert.Equal("proposeItem", (string?)Assert.Single(CardQuery.OfType(card, "Action.Submit"))["data"]!["verb"]);
        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card));
        Assert.Empty((await Bench.WerkgroepAsync(werkgroepId, Ct)).Results);
    }

    [Fact]
    public async Task FetchAndSubmit_FromAnotherConversation_AreRefusedAndStoreNothing()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var elsewhere = HostBench.NewConversationId();
        var stranger = HostBench.User("Onbekende");

        var fetched = await Bench.PostAsync(Bench.TaskInvoke(elsewhere, stranger, "task/fetch", OpenerData(werkgroepId)), Ct);
        var submitted = await Bench.PostAsync(Bench.TaskInvoke(elsewhere, stranger, "task/submit", SubmitData(werkgroepId, "Iets van buiten", "")), Ct);

        Assert.Equal("message", (string?)fetched.Body!["task"]!["type"]);
        Assert.Equal("message", (string?)submitted.Body!["task"]!["type"]);
        Assert.DoesNotContain("Opgeslagen", (string?)submitted.Body["task"]!["value"], StringComparison.Ordinal);
        Assert.Empty((await Bench.WerkgroepAsync(werkgroepId, Ct)).Results);
    }

    private static JsonObject OpenerData(string werkgroepId) => new()
    {
        ["werkgroepId"] = werkgroepId,
        ["step"] = 3,
        ["itemKind"] = "result",
        ["verb"] = "showProposeForm",
        ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
    };

    private static JsonObject SubmitData(string werkgroepId, string text, string targetGroup) => new()
    {
        ["werkgroepId"] = werkgroepId,
        ["step"] = 3,
        ["itemKind"] = "result",
        ["verb"] = "proposeItem",
        ["dialogForm"] = "showProposeForm",
        ["resultText"] = text,
        ["targetGroup"] = targetGroup,
    };

    private static JsonNode DialogCard(HostReply reply) => HostBench.DialogCard(reply);
}
