using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 12, finding 1: Teams refreshes a card automatically only for the users whose Teams id (MRI,
// the "29:…" from.id) is in refresh.userIds; an Entra object id there matches nobody, so nobody would
// see their own view. These tests read refresh.userIds from the cards the real host posts and PUTs and
// then do what Teams does (PROTOCOL.md §6): send the refresh action as each listed user with
// trigger "automatic" and show the answer. Users have distinct MRIs and object ids, so a mix-up fails.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostUserSpecificViewTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task SharedStepCard_ListsTheMembersTeamsIds_NeverTheirObjectIds()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);

        var added = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard"), replyToId: "1:shared-card"), Ct);
        Assert.True(added.IsCard, added.ToString());
        await Bench.PostAsync(Bench.Message(conversation, fatma, "stap 3"), Ct);
        var posted = HostBench.CardsIn(Bench.Connector.Requests.Last(r => r.Method == "POST")).Single();

        var userIds = RefreshUserIds(posted);
        Assert.Equal(new[] { marieke.Id, fatma.Id }.Order(StringComparer.Ordinal), userIds.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(marieke.AadObjectId, userIds);
        Assert.DoesNotContain(fatma.AadObjectId, userIds);
        Assert.All(userIds, id => Assert.StartsWith("29:", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AutomaticRefresh_AsEachListedUser_ShowsTheirOwnView()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard"), replyToId: "1:shared-card"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, fatma, "stap 3"), Ct);
        var posted = HostBench.CardsIn(Bench.Connector.Requests.Last(r => r.Method == "POST")).Single();

        var views = new Dictionary<string, string>();
        foreach (var user in new[] { marieke, fatma })
        {
            // Teams sends the automatic refresh only for listed users, so an unlisted user here
            // would never see their own view in Teams either.
            Assert.Contains(user.Id, RefreshUserIds(posted));
            var refreshed = await Bench.PostAsync(AutomaticRefresh(conversation, user, posted), Ct);
            Assert.True(refreshed.IsCard, refreshed.ToString());
            views[user.Name] = CardQuery.AllText(refreshed.Card!) + "\n" + string.Join("\n", CardQuery.ActionTitles(refreshed.Card!));
        }

        Assert.Contains("Stap sluiten", views["Marieke de Vries"], StringComparison.Ordinal);
        Assert.DoesNotContain("Stap sluiten", views["Fatma Yilmaz"], StringComparison.Ordinal);
        Assert.Contains("Jouw notities (1)", views["Fatma Yilmaz"], StringComparison.Ordinal);
    }

    // Issue 12, finding 4: a note typed in the chat during a silent brainstorm was answered with the
    // sender's own view — their hidden notes and edit buttons — posted for everyone to read.
    [Fact]
    public async Task TypedNoteDuringSilentBrainstorm_ChatAnswerShowsNobodysNotes()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var silent = await Bench.PostAsync(Bench.Invoke(conversation, marieke, "startSilent", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);
        Assert.True(silent.IsCard, silent.ToString());
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Eerste stille notitie")), Ct);

        await Bench.PostAsync(Bench.Message(conversation, fatma, "nieuwe notitie Tweede stille notitie"), Ct);

        var answer = HostBench.CardsIn(Bench.Connector.Requests.Last(r => r.Method == "POST")).Single();
        var shown = CardQuery.AllText(answer) + "\n" + string.Join("\n", CardQuery.ActionTitles(answer));
        Assert.DoesNotContain("stille notitie", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Jouw notities", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Bewerken", shown, StringComparison.Ordinal);
        Assert.Equal(2, (await Bench.NotesAsync(werkgroepId, Ct)).Count);
    }

    private static string[] RefreshUserIds(JsonNode card) =>
        card["refresh"]?["userIds"]?.AsArray().Select(id => id!.GetValue<string>()).ToArray()
        ?? throw new Xunit.Sdk.XunitException($"The card has no refresh.userIds: {card.ToJsonString()[..Math.Min(400, card.ToJsonString().Length)]}");

    // What the Teams client sends when it renders a card whose refresh.userIds lists the viewer.
    private JsonObject AutomaticRefresh(string conversation, HostUser user, JsonNode card)
    {
        var action = card["refresh"]!["action"]!;
        var invoke = Bench.Invoke(conversation, user, action["verb"]!.GetValue<string>(), action["data"]!.DeepClone().AsObject());
        invoke["value"]!["trigger"] = "automatic";
        return invoke;
    }
}
