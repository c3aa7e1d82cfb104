using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Application.Projections;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Time;
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
        // Jan owns the indicator from the start of the quarter three quarters ago: three quarters have
        // ended without figures. (Requests carry tokens of the real time, so the host's clock stays real
        // except while the due run looks for office hours.)
        var current = MonitoringPeriod.Containing(MonitoringFrequency.Quarterly, clock.GetUtcNow());
        var missing = new[] { current.Previous().Previous().Previous(), current.Previous().Previous(), current.Previous() };
        var labels = missing.Select(p => PeriodLabels.Of(p, MonitoringCardText.Dutch)).ToArray();
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var owner = HostBench.User("Jan Bakker");
        var partner = HostBench.User("Fatima El Amrani");
        Assert.StartsWith("29:", owner.Id);
        Assert.NotEqual(owner.Id, owner.AadObjectId);
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await Bench.PostAsync(Bench.Message(conversation, owner, "organisatie Welzijn Neder-Betuwe"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, partner, "organisatie MEE cliëntondersteuning"), Ct);
        await MonitoringSeed.DefinitionsAsync(Bench, werkgroepId, Ct);

        // The moderator makes Jan the data owner from 1 April 2026.
        var assigned = await Bench.PostAsync(
            Bench.Invoke(conversation, moderator, CardVerbs.AssignDataOwner, new JsonObject
            {
                [CardDataKeys.WerkgroepId] = werkgroepId,
                [MonitoringInputs.OwnerIndicator] = "ind-eenzaam",
                [MonitoringInputs.OwnerUser] = owner.AadObjectId,
                [MonitoringInputs.OwnerSince] = missing[0].FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }),
            Ct);
        Assert.True(assigned.IsCard, assigned.ToString());
        Assert.Contains(labels[2] + ": Jan Bakker", CardQuery.AllText(assigned.Card!));

        // The due run sends one card to Jan's 1:1 chat, by his Teams id.
        var officeHours = OfficeHoursInQuarter(clock.GetUtcNow()) - clock.GetUtcNow();
        clock.Advance(officeHours);
        var run = await Bench.Host.Services.GetRequiredService<DataOwnerDueWorker>().RunOnceAsync(Ct);
        clock.Advance(-officeHours);
        Assert.Equal(1, run.Sent);
        // The 1:1 chat is created with Jan's Teams id (createConversation: members [{ id: "29:…" }]).
        var requests = Bench.Connector.Requests;
        Assert.True(
            requests.Count(r => r.Method == "POST" && r.Body.Contains("\"members\"", StringComparison.Ordinal) && r.Body.Contains(owner.Id, StringComparison.Ordinal)) == 1,
            string.Join("\n", requests.Select(r => $"{r.Method} {r.RawTarget} {r.Body[..Math.Min(300, r.Body.Length)]}")));
        // The due card (sent with createConversation, or into the new chat) lists the three quarters.
        var due = Assert.Single(Bench.Connector.Requests, r => r.Method == "POST" && r.Body.Contains("Cijfers gevraagd", StringComparison.Ordinal));
        Assert.Contains("Nog niet ingevuld: " + string.Join(", ", labels), due.Body);

        // Jan enters the three quarters from that card, in the 1:1 chat.
        var personalChat = "a:1" + Guid.NewGuid().ToString("N");
        JsonNode? last = null;
        foreach (var (period, value) in new[] { (missing[0].Key, "24"), (missing[1].Key, "22.5"), (missing[2].Key, "21") })
        {
            var entered = await Bench.PostAsync(MonitoringSeed.Personal(Bench.Invoke(personalChat, owner, CardVerbs.RecordMeasurement, new JsonObject
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
        var refused = await Bench.PostAsync(MonitoringSeed.Personal(Bench.Invoke("a:1" + Guid.NewGuid().ToString("N"), partner, CardVerbs.RecordMeasurement, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.IndicatorId] = "ind-eenzaam",
            [MonitoringInputs.Period] = missing[2].Key,
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
        Assert.Equal(missing.Select(p => p.Key), indicator.Periods.Select(p => p.PeriodKey));
        Assert.Equal([24m, 22.5m, 21m], indicator.Periods.Select(p => p.Value));
        Assert.Equal(owner.AadObjectId, stored.Value.Measurements[0].EnteredById);
        Assert.Single(Assert.Single(view.StoriesByPeriod).Stories);
        var action = Assert.Single(Assert.Single(view.Reflections).Actions);
        Assert.Equal(["Koffieochtend in de bibliotheek"], action.ActivityNames);
        Assert.DoesNotContain(view.Missing.SelectMany(m => m.Items), i => i.IndicatorId == "ind-eenzaam");

        // Nothing is due any more: the next run (a week later, in office hours) sends nothing.
        clock.Advance(officeHours + TimeSpan.FromDays(7));
        Assert.Equal(0, (await Bench.Host.Services.GetRequiredService<DataOwnerDueWorker>().RunOnceAsync(Ct)).Sent);
    }

    // A weekday 10:00 in Amsterdam in the same quarter as `now`: the next one, or else the previous one.
    private static DateTimeOffset OfficeHoursInQuarter(DateTimeOffset now)
    {
        var quarter = MonitoringPeriod.Containing(MonitoringFrequency.Quarterly, now);
        var today = AmsterdamTime.Today(now);
        foreach (var step in new[] { 1, -1 })
        {
            for (var day = today; MonitoringPeriod.Containing(MonitoringFrequency.Quarterly, day) == quarter; day = day.AddDays(step))
            {
                var at = AmsterdamTime.StartOfDay(day).AddHours(10);
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && (step > 0 ? at > now : at < now))
                {
                    return at;
                }
            }
        }

        throw new InvalidOperationException("A quarter without a weekday.");
    }
}
