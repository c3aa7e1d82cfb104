using System.Text.Json.Nodes;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 17: "Meeting start in a reflection meeting posts the overview". Teams sends meetingStart into the
// meeting's chat (the werkgroep's conversation); in step 6, the verbetercyclus, the bot posts the step card
// and then the monitoring overview (what is missing per organisation), without the project leader's controls
// because everyone in the meeting sees it. In an earlier step only the step card comes.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostReflectionMeetingTests(AzuriteFixture azurite) : HostBenchTest(azurite, TimeSpan.FromSeconds(60), checkCardsAtEnd: true)
{
    private const string OverviewTitle = "Monitoring: wat ontbreekt er?";

    [Fact]
    public async Task MeetingStart_InStepSix_PostsTheOverviewAfterTheStepCard()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await SeedQuarterlyIndicatorAsync(werkgroepId);
        var opened = await Bench.PostAsync(Bench.Invoke(conversation, moderator, "openStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 6 }), Ct);
        Assert.True(opened.IsCard, opened.ToString());
        Assert.Equal(6, (await Bench.WerkgroepAsync(werkgroepId, Ct)).StepToShow());

        var before = Bench.Connector.Requests.Count;
        await Bench.PostAsync(MeetingStart(conversation, moderator), Ct);

        var cards = Bench.Connector.Requests.Skip(before).Where(r => r.Method == "POST").SelectMany(HostBench.CardsIn).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("Verbetercyclus", CardQuery.AllText(cards[0]));
        var overview = CardQuery.AllText(cards[1]);
        Assert.Contains(OverviewTitle, overview);
        Assert.Contains("Inwoners die zich eenzaam voelen", overview);
        Assert.DoesNotContain("assignDataOwner", cards[1].ToJsonString());
        Assert.DoesNotContain("nudgeDataOwners", cards[1].ToJsonString());
    }

    [Fact]
    public async Task MeetingStart_InStepThree_PostsOnlyTheStepCard()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await SeedQuarterlyIndicatorAsync(werkgroepId);

        var before = Bench.Connector.Requests.Count;
        await Bench.PostAsync(MeetingStart(conversation, moderator), Ct);

        var cards = Bench.Connector.Requests.Skip(before).Where(r => r.Method == "POST").SelectMany(HostBench.CardsIn).ToList();
        var card = Assert.Single(cards);
        Assert.DoesNotContain(OverviewTitle, CardQuery.AllText(card));
    }

    // Teams' meetingStart event in the meeting chat (PROTOCOL.md: name, channelData.meeting.id, value with the times).
    private JsonObject MeetingStart(string conversation, HostUser organizer)
    {
        var activity = Bench.Message(conversation, organizer, "");
        activity.Remove("text");
        activity.Remove("textFormat");
        activity["type"] = "event";
        activity["name"] = "application/vnd.microsoft.meetingStart";
        activity["value"] = new JsonObject { ["Id"] = "meeting-1", ["Title"] = "Reflectie werkgroep", ["StartTime"] = "2026-11-23T09:00:00Z" };
        activity["channelData"]!["meeting"] = new JsonObject { ["id"] = "MCMx" + Guid.NewGuid().ToString("N") };
        return activity;
    }

    private Task SeedQuarterlyIndicatorAsync(string werkgroepId) =>
        Bench.Workshops.UpdateWerkgroepAsync(
            werkgroepId,
            (w, now) => new Change<Domain.Werkgroepen.Werkgroep>(
                w with
                {
                    Version = w.Version + 1,
                    Indicators = [new Indicator { Id = "ind-eenzaam", Name = "Inwoners die zich eenzaam voelen", Frequency = "per kwartaal", OwnerOrganisation = "Welzijn Neder-Betuwe" }],
                },
                [new Domain.Audit.WorkshopEvent(w.TrajectId, w.Id, w.Version + 1, "test-seed", "test", "test", now, "indicator")]),
            Ct);
}
