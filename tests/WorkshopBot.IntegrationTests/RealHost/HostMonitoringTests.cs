using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Application.Projections;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Ports;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.Web.Monitoring;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Step 6 through the real host on Azurite: an indicator measured per kwartaal gets a data owner; in
// office hours the owner receives the due card in a 1:1 chat and enters three quarters there; a partner
// adds a story; the moderator's reflection produces an improvement action linked to an activity.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMonitoringTests : HostBenchTest
{
    // Monday 11 January 2027, 10:00 in Amsterdam: office hours, and Q2–Q4 2026 have ended.
    private static readonly DateTimeOffset MondayMorning = new(2027, 1, 11, 9, 0, 0, TimeSpan.Zero);

    private readonly MovableClock clock;

    public HostMonitoringTests(AzuriteFixture azurite)
        : this(azurite, new MovableClock())
    {
    }

    private HostMonitoringTests(AzuriteFixture azurite, MovableClock clock)
        : base(azurite, TimeSpan.FromSeconds(90), clock, checkCardsAtEnd: true) => this.clock = clock;

    [Fact]
    public async Task Owner_GetsTheDueCardInAPersonalChat_EntersThreeQuarters_StoryAndReflectionFollow()
    {
        clock.Advance(MondayMorning - clock.GetUtcNow());
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var owner = HostBench.User("Jan Bakker");
        var partner = HostBench.User("Fatima El Amrani");
        Assert.StartsWith("29:", owner.Id);
        Assert.NotEqual(owner.Id, owner.AadObjectId);
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await Bench.PostAsync(Bench.Message(conversation, owner, "organisatie Welzijn Neder-Betuwe"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, partner, "organisatie MEE cliëntondersteuning"), Ct);
        await SeedDefinitionsAsync(werkgroepId);

        // The moderator makes Jan the data owner from 1 April 2026.
        var assigned = await Bench.PostAsync(
            Bench.Invoke(conversation, moderator, CardVerbs.AssignDataOwner, new JsonObject
            {
                [CardDataKeys.WerkgroepId] = werkgroepId,
                [MonitoringInputs.OwnerIndicator] = "ind-eenzaam",
                [MonitoringInputs.OwnerUser] = owner.AadObjectId,
                [MonitoringInputs.OwnerSince] = "2026-04-01",
            }),
            Ct);
        Assert.True(assigned.IsCard, assigned.ToString());
        Assert.Contains("3e kwartaal 2026", CardQuery.AllText(assigned.Card!));

        // The due run sends one card to Jan's 1:1 chat, by his Teams id.
        var run = await Bench.Host.Services.GetRequiredService<DataOwnerDueWorker>().RunOnceAsync(Ct);
        Assert.Equal(1, run.Sent);
        var created = Assert.Single(Bench.Connector.Requests, r => r.Method == "POST" && r.RawTarget.Split('?')[0].TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains(owner.Id, created.Body);
        var dueCard = Assert.Single(Bench.ConnectorCards(), c => CardQuery.AllText(c).Contains("Cijfers gevraagd", StringComparison.Ordinal));
        Assert.Contains("Nog niet ingevuld: 2e kwartaal 2026, 3e kwartaal 2026, 4e kwartaal 2026", CardQuery.AllText(dueCard));

        // Jan enters the three quarters from that card, in the 1:1 chat.
        var personalChat = "a:1" + Guid.NewGuid().ToString("N");
        JsonNode? last = null;
        foreach (var (period, value) in new[] { ("2026-Q2", "24"), ("2026-Q3", "22.5"), ("2026-Q4", "21") })
        {
            var entered = await Bench.PostAsync(Personal(Bench.Invoke(personalChat, owner, CardVerbs.RecordMeasurement, new JsonObject
            {
                [CardDataKeys.WerkgroepId] = werkgroepId,
                [MonitoringInputs.IndicatorId] = "ind-eenzaam",
                [MonitoringInputs.Period] = period,
                [MonitoringInputs.Value] = value,
                [MonitoringInputs.Source] = "Gezondheidsmonitor",
            })), Ct);
            Assert.True(entered.IsCard, entered.ToString());
            last = entered.Card;
        }

        Assert.Contains("Alle gevraagde cijfers zijn binnen", CardQuery.AllText(last!));

        // A partner who is not the owner cannot enter figures, even with the card's data.
        var refused = await Bench.PostAsync(Personal(Bench.Invoke("a:1" + Guid.NewGuid().ToString("N"), partner, CardVerbs.RecordMeasurement, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.IndicatorId] = "ind-eenzaam",
            [MonitoringInputs.Period] = "2026-Q4",
            [MonitoringInputs.Value] = "99",
        })), Ct);
        Assert.Equal("not-data-owner", refused.ErrorCode);
        Assert.Contains("gegevenseigenaar", refused.ErrorMessage);

        // A partner adds a story in the werkgroep's chat.
        var story = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.AddStory, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.StoryText] = "Een mantelzorger vertelt dat de koffieochtend haar week structuur geeft.",
            [MonitoringInputs.Perspective] = "Inwoner",
            [MonitoringInputs.StoryIndicators] = "ind-eenzaam",
            [MonitoringInputs.IsQuote] = "false",
            [MonitoringInputs.Consent] = "false",
        }), Ct);
        Assert.Contains("Het verhaal is opgeslagen", CardQuery.AllText(story.Card!));

        // The moderator's reflection produces an improvement action linked to the koffieochtend.
        var reflection = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.RecordReflection, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.WhatWeSee] = "Eenzaamheid daalt van 24 naar 21 procent; verhalen noemen de koffieochtend.",
            [MonitoringInputs.WhatItMeans] = "Ontmoeting dichtbij werkt.",
            [MonitoringInputs.WhatWeChange] = "Ook op zaterdag.",
            [MonitoringInputs.ActionText] = "Koffieochtend ook op zaterdag",
            [MonitoringInputs.ActionActivities] = "act-koffie",
            [MonitoringInputs.ActionOwner] = "Jan Bakker",
            [MonitoringInputs.ActionDue] = "2027-03-01",
        }), Ct);
        Assert.Contains("1 verbeteractie", CardQuery.AllText(reflection.Card!));

        // What is stored, as the board and the exports will read it.
        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        var stored = await Bench.Host.Services.GetRequiredService<IMonitoringStore>().GetAsync(werkgroep.TrajectId, werkgroepId, Ct);
        var view = MonitoringProjection.Of(werkgroep, stored!.Value, clock.GetUtcNow());
        var indicator = Assert.Single(view.Indicators);
        Assert.Equal(["2026-Q2", "2026-Q3", "2026-Q4"], indicator.Periods.Select(p => p.PeriodKey));
        Assert.Equal([24m, 22.5m, 21m], indicator.Periods.Select(p => p.Value));
        Assert.Equal(owner.AadObjectId, stored.Value.Measurements[0].EnteredById);
        Assert.Single(Assert.Single(view.StoriesByPeriod).Stories);
        var action = Assert.Single(Assert.Single(view.Reflections).Actions);
        Assert.Equal(["Koffieochtend in de bibliotheek"], action.ActivityNames);
        Assert.Empty(view.Missing.SelectMany(m => m.Items).Where(i => i.IndicatorId == "ind-eenzaam"));

        // Nothing is due any more: the next run sends nothing.
        Assert.Equal(0, (await Bench.Host.Services.GetRequiredService<DataOwnerDueWorker>().RunOnceAsync(Ct)).Sent);
    }

    private static JsonObject Personal(JsonObject activity)
    {
        activity["conversation"]!["conversationType"] = "personal";
        activity["conversation"]!["isGroup"] = false;
        return activity;
    }

    // The definitions the workshop made in steps 3 and 5: a quarterly indicator and an activity.
    private Task SeedDefinitionsAsync(string werkgroepId) =>
        Bench.Workshops.UpdateWerkgroepAsync(
            werkgroepId,
            (w, now) => new Change<Domain.Werkgroepen.Werkgroep>(
                w with
                {
                    Version = w.Version + 1,
                    Indicators =
                    [
                        new Indicator
                        {
                            Id = "ind-eenzaam",
                            Name = "Inwoners die zich eenzaam voelen",
                            Frequency = "per kwartaal",
                            OwnerOrganisation = "Welzijn Neder-Betuwe",
                            Baseline = "24%",
                            Target = "18%",
                            Direction = IndicatorDirection.Down,
                            ExistingRegistration = ExistingRegistration.No,
                            Need = InformationNeed.NeedToKnow,
                        },
                    ],
                    Activities = [new PlannedActivity { Id = "act-koffie", What = "Koffieochtend in de bibliotheek" }],
                },
                [new WorkshopEvent(w.TrajectId, w.Id, w.Version + 1, "test-seed", "test", "test", now, "indicator and activity")]),
            Ct);
}
