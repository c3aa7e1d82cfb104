using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 2: every card the real host sends — posted to the chat, PUT over the shared card, or
// returned to the clicker — renders in Teams (Adaptive Cards 1.5 schema) and stays well under the
// message size limit, also on a busy board.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostCardTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task Cards_WholeFlowOnABusyBoard_AllValidateAndStayUnder80KB()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var sanne = HostBench.User("Sanne");
        await Bench.PostAsync(WithAction(Bench.Message(conversation, marieke, ""), "installationUpdate", "add"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "help"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "stap 3"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, marieke, "werkgroep Eenzaamheid"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "iets onbegrijpelijks"), Ct);
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "stap 3"), Ct);
        var sharedCardMessage = Bench.Connector.Requests.Last(r => r.Method == "POST");

        // A full step: ten people with the maximum-length notes, several per click.
        var longLine = new string('w', 480);
        for (int i = 1; i <= 10; i++)
        {
            var text = string.Join("\n", Enumerable.Range(1, 3).Select(n => $"Deelnemer {i} idee {n} {longLine}"));
            var added = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User($"Deelnemer {i}"), "addNotes", HostBench.NoteData(werkgroepId, text), replyToId: "1:shared-card"), Ct);
            Assert.True(added.IsCard, added.ToString());
        }

        await Bench.PostAsync(Bench.Invoke(conversation, sanne, "addNotes", HostBench.NoteData(werkgroepId, "")), Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "nieuwe notitie Ophaaldienst voor de soos"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "bord"), Ct);
        // The shared card lists a bounded number of notes (a live meeting's card, issue 12) and counts the rest:
        // wait for the update that counts all 30 notes of the ten participants.
        var updated = await Bench.WaitForCardUpdateAsync(text => MoreNotes(text) >= 30 - StepCardNoteBudget, Ct);

        Assert.NotEmpty(HostBench.CardsIn(sharedCardMessage));
        Assert.Contains("Deelnemer 1 idee 1", CardQuery.AllText(updated), StringComparison.Ordinal);
        Assert.True(Bench.ConnectorCards().Count >= 8, $"Only {Bench.ConnectorCards().Count} cards reached the connector.");
        Assert.True(Bench.InvokeCards().Count >= 12, $"Only {Bench.InvokeCards().Count} invoke answers carried a card.");
        Bench.AssertEveryCardValid();
    }

    private static JsonObject WithAction(JsonObject activity, string type, string action)
    {
        activity["type"] = type;
        activity["action"] = action;
        activity.Remove("text");
        return activity;
    }

    private const int StepCardNoteBudget = 8;

    private static int MoreNotes(string cardText) =>
        System.Text.RegularExpressions.Regex.Match(cardText, @"en (\d+) meer") is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
}
