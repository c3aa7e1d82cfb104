using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// A way into step 6 from the chat: the typed command (Dutch first, English alias) and the step 6 card's
// button (an Action.Submit, which arrives as a message with a value) post the monitoring overview; the
// moderator's has the reflection form, a partner's only the story form. Before, only a due card led there.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMonitoringChatTests(AzuriteFixture azurite) : HostBenchTest(azurite, TimeSpan.FromSeconds(90), checkCardsAtEnd: true)
{
    [Fact]
    public async Task TypedVoortgangAndStep6Button_PostTheOverview_ReflectionOnlyForTheModerator()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var partner = HostBench.User("Fatima El Amrani");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await Bench.PostAsync(Bench.Message(conversation, partner, "organisatie MEE cliëntondersteuning"), Ct);

        await Bench.PostAsync(Bench.Message(conversation, moderator, "voortgang"), Ct);
        var moderatorCard = Overviews().Last();
        int before = Overviews().Count;
        await Bench.PostAsync(Bench.Message(conversation, partner, "progress"), Ct);
        Assert.True(Overviews().Count > before);
        var partnerCard = Overviews().Last();

        Assert.Contains(Shows(moderatorCard), s => s == MonitoringInputs.ShowReflectionForm);
        Assert.Contains(Shows(moderatorCard), s => s == MonitoringInputs.ShowStoryForm);
        Assert.DoesNotContain(Shows(partnerCard), s => s == MonitoringInputs.ShowReflectionForm);
        Assert.Contains(Shows(partnerCard), s => s == MonitoringInputs.ShowStoryForm);
        Assert.Contains(CardQuery.ExecuteActions(moderatorCard), a => (string?)a["data"]?[CardDataKeys.WerkgroepId] == werkgroepId);

        // The step 6 card's button: Action.Submit posts a message whose value carries the verb and werkgroep.
        var submit = Bench.Message(conversation, partner, "");
        submit.Remove("text");
        submit["value"] = new JsonObject { ["verb"] = CardVerbs.ShowMonitoring, [CardDataKeys.WerkgroepId] = werkgroepId, [CardDataKeys.Step] = 6 };
        before = Overviews().Count;
        await Bench.PostAsync(submit, Ct);

        Assert.True(Overviews().Count > before);
        Assert.Contains(Shows(Overviews().Last()), s => s == MonitoringInputs.ShowStoryForm);
    }

    private List<JsonNode> Overviews() =>
        [.. Bench.ConnectorCards().Where(c => CardQuery.AllText(c).Contains("Monitoring: wat ontbreekt er?", StringComparison.Ordinal))];

    private static IEnumerable<string?> Shows(JsonNode card) =>
        CardQuery.ExecuteActions(card, CardVerbs.ShowMonitoring).Select(a => (string?)a["data"]?[MonitoringInputs.Show]);
}
