using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Application.Privacy;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// The improvement cycle's card flows through the real host on Azurite: a story linked to a result (and
// one with no link, which comes back with the Dutch refusal and what was typed), a reflection with several
// improvement actions owned by members or by someone outside, marked done from the overview by the owner
// (another partner is refused), and the next reflection form starting from those actions. Every card the
// host sends is checked against the Adaptive Card schema at the end.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMonitoringCycleTests(AzuriteFixture azurite) : HostBenchTest(azurite, TimeSpan.FromSeconds(90), checkCardsAtEnd: true)
{
    private const string StoryText = "Buren nemen elkaar mee naar de soos; een mevrouw komt nu elke week.";

    [Fact]
    public async Task StoryLinkedToAResult_IsKept_AStoryWithoutLinkComesBackAsTyped()
    {
        var (conversation, werkgroepId, _, _, partner) = await StartAsync();

        var refused = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.AddStory, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.StoryText] = StoryText,
            [MonitoringInputs.Perspective] = "Vrijwilliger",
            [MonitoringInputs.StoryTheme] = "ontmoeting",
        }), Ct);

        Assert.True(refused.IsCard, refused.ToString());
        var form = refused.Card!;
        Assert.Contains("Kies bij welke indicator of welk resultaat dit verhaal hoort", CardQuery.AllText(form)); // escaped for Markdown: "hoort\\."
        Assert.Equal(StoryText, (string?)CardQuery.OfType(form, "Input.Text").Single(i => (string?)i["id"] == MonitoringInputs.StoryText)["value"]);
        Assert.Equal("Vrijwilliger", (string?)CardQuery.OfType(form, "Input.ChoiceSet").Single(i => (string?)i["id"] == MonitoringInputs.Perspective)["value"]);

        var saved = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.AddStory, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.StoryText] = StoryText,
            [MonitoringInputs.Perspective] = "Vrijwilliger",
            [MonitoringInputs.StoryResults] = "res-ontmoeting",
            [MonitoringInputs.StoryIndicators] = "ind-eenzaam,ind-bezoek",
        }), Ct);
        Assert.Contains("Het verhaal is opgeslagen", CardQuery.AllText(saved.Card!));

        var story = Assert.Single((await MonitoringAsync(werkgroepId)).Stories);
        Assert.Equal(["res-ontmoeting"], story.ResultIds);
        Assert.Equal(["ind-eenzaam", "ind-bezoek"], story.IndicatorIds);
        var overview = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.ShowMonitoring, new JsonObject { [CardDataKeys.WerkgroepId] = werkgroepId }), Ct);
        Assert.Contains("**Inwoners ontmoeten elkaar vaker**: 1 verhaal/verhalen", CardQuery.AllText(overview.Card!));
    }

    [Fact]
    public async Task Reflection_WithTwoActions_OwnerMarksTheirsDone_AnotherPartnerIsRefused_NextReflectionStartsFromThem()
    {
        var (conversation, werkgroepId, moderator, owner, partner) = await StartAsync();

        var reflection = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.RecordReflection, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.WhatWeSee] = "Eenzaamheid daalt; verhalen noemen de koffieochtend.",
            [MonitoringInputs.ActionText] = "Koffieochtend ook op zaterdag",
            [MonitoringInputs.ActionActivities] = "act-koffie",
            [MonitoringInputs.ActionOwnerMember] = owner.AadObjectId,
            [MonitoringInputs.ActionDue] = "2099-03-01",
            ["actionText2"] = "Huisarts legt folders neer",
            ["actionActivities2"] = "act-koffie,act-coach",
            ["actionOwner2"] = "Piet de Buurtcoach",
            ["actionDue2"] = "2099-02-01",
        }), Ct);
        Assert.Contains("2 verbeteractie", CardQuery.AllText(reflection.Card!));
        var actions = (await MonitoringAsync(werkgroepId)).Actions;
        Assert.Equal([(owner.AadObjectId, "Jan Bakker"), (null, "Piet de Buurtcoach")], actions.Select(a => (a.OwnerId, a.OwnerName)));

        // The overview shows the open actions; Fatima (a partner, not the owner) gets no button and is refused
        // with the card's data anyway; Jan marks his own done.
        var partnerOverview = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.ShowMonitoring, new JsonObject { [CardDataKeys.WerkgroepId] = werkgroepId }), Ct);
        Assert.Empty(CardQuery.ExecuteActions(partnerOverview.Card!, CardVerbs.CompleteImprovementAction));
        var ownerOverview = await Bench.PostAsync(Bench.Invoke(conversation, owner, CardVerbs.ShowMonitoring, new JsonObject { [CardDataKeys.WerkgroepId] = werkgroepId }), Ct);
        var button = Assert.Single(CardQuery.ExecuteActions(ownerOverview.Card!, CardVerbs.CompleteImprovementAction));
        var data = button["data"]!.AsObject().DeepClone().AsObject();
        data.Remove("verb");

        var refused = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.CompleteImprovementAction, data.DeepClone().AsObject()), Ct);
        Assert.Equal(DomainErrorCodes.NotActionOwner, refused.ErrorCode);
        Assert.Contains("moderator", refused.ErrorMessage);
        var done = await Bench.PostAsync(Bench.Invoke(conversation, owner, CardVerbs.CompleteImprovementAction, data.DeepClone().AsObject()), Ct);
        Assert.True(done.IsCard, done.ToString());
        Assert.DoesNotContain("Koffieochtend ook op zaterdag", CardQuery.AllText(done.Card!));
        var again = await Bench.PostAsync(Bench.Invoke(conversation, owner, CardVerbs.CompleteImprovementAction, data.DeepClone().AsObject()), Ct);
        Assert.True(again.IsCard, again.ToString());

        var stored = await MonitoringAsync(werkgroepId);
        Assert.Equal([true, false], stored.Actions.Select(a => a.Done));
        Assert.Single(await AuditAsync(stored.TrajectId), e => e.Kind == MonitoringEventKinds.ImprovementActionDone);

        // The next reflection starts from where the last one left off.
        var next = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.ShowMonitoring, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.Show] = MonitoringInputs.ShowReflectionForm,
        }), Ct);
        var text = CardQuery.AllText(next.Card!);
        Assert.Contains("Koffieochtend ook op zaterdag · Jan Bakker · uiterlijk 2099-03-01 · afgerond", text);
        Assert.Contains("Huisarts legt folders neer · Piet de Buurtcoach · uiterlijk 2099-02-01 · open", text);
    }

    [Fact]
    public async Task Reflection_WithAnActionWithoutActivity_ComesBackAsTyped_NothingSaved()
    {
        var (conversation, werkgroepId, moderator, _, _) = await StartAsync();

        var refused = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.RecordReflection, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.WhatWeSee] = "Eenzaamheid daalt.",
            [MonitoringInputs.ActionText] = "Koffieochtend ook op zaterdag",
            [MonitoringInputs.ActionOwner] = "Piet de Buurtcoach",
            [MonitoringInputs.ActionDue] = "2099-03-01",
        }), Ct);

        Assert.True(refused.IsCard, refused.ToString());
        var inputs = CardQuery.OfType(refused.Card!, "Input.Text").ToDictionary(i => (string)i["id"]!, i => (string?)i["value"]);
        Assert.Equal(("Eenzaamheid daalt.", "Koffieochtend ook op zaterdag", "Piet de Buurtcoach"), (inputs[MonitoringInputs.WhatWeSee], inputs[MonitoringInputs.ActionText], inputs[MonitoringInputs.ActionOwner]));
        Assert.Contains("Koppel elke verbeteractie aan minstens één activiteit", CardQuery.AllText(refused.Card!));
        Assert.Empty((await MonitoringAsync(werkgroepId)).Reflections);
    }

    [Fact]
    public async Task Forget_TheMemberWhoOwnsAnAction_ExportListsIt_ForgetLeavesNeitherIdNorName()
    {
        var (conversation, werkgroepId, moderator, owner, _) = await StartAsync();
        await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.RecordReflection, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.WhatWeSee] = "Eenzaamheid daalt.",
            [MonitoringInputs.ActionText] = "Koffieochtend ook op zaterdag",
            [MonitoringInputs.ActionActivities] = "act-koffie",
            [MonitoringInputs.ActionOwnerMember] = owner.AadObjectId,
            [MonitoringInputs.ActionDue] = "2099-03-01",
        }), Ct);
        var service = new PersonalDataService(
            Bench.Host.Services.GetRequiredService<IWorkshopStore>(),
            Bench.Host.Services.GetRequiredService<ISummaryReviewStore>(),
            Bench.Host.Services.GetRequiredService<IMonitoringStore>(),
            Bench.Host.Services.GetRequiredService<IPersonalDataStore>(),
            TimeProvider.System);

        var export = await service.ExportAsync([owner.AadObjectId], Ct);
        Assert.Equal("Koffieochtend ook op zaterdag", Assert.Single(Assert.Single(export.Monitoring).ImprovementActionsOwned).Text);

        var report = await service.ForgetAsync([owner.AadObjectId], eraseNotes: false, Ct);

        var action = Assert.Single((await MonitoringAsync(werkgroepId)).Actions);
        Assert.Equal((null, report.Pseudonym), (action.OwnerId, action.OwnerName));
        Assert.Equal("Koffieochtend ook op zaterdag", action.Text);
    }

    private async Task<WerkgroepMonitoring> MonitoringAsync(string werkgroepId)
    {
        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        var stored = await Bench.Host.Services.GetRequiredService<IMonitoringStore>().GetAsync(werkgroep.TrajectId, werkgroepId, Ct);
        return stored?.Value ?? WerkgroepMonitoring.Empty(werkgroep.TrajectId, werkgroepId);
    }

    private async Task<IReadOnlyList<WorkshopEvent>> AuditAsync(string trajectId)
    {
        var seen = new List<WorkshopEvent>();
        await Bench.Host.Services.GetRequiredService<IPersonalDataStore>().RewriteAuditAsync(trajectId, e => { seen.Add(e); return e; }, Ct);
        return seen;
    }

    // Marieke moderates; Jan and Fatima are members. One result with a need-to-know indicator, a
    // nice-to-know indicator without a result, and two activities.
    private async Task<(string Conversation, string WerkgroepId, HostUser Moderator, HostUser Owner, HostUser Partner)> StartAsync()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var owner = HostBench.User("Jan Bakker");
        var partner = HostBench.User("Fatima El Amrani");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await Bench.PostAsync(Bench.Message(conversation, owner, "organisatie Welzijn Neder-Betuwe"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, partner, "organisatie MEE cliëntondersteuning"), Ct);
        await Bench.Workshops.UpdateWerkgroepAsync(
            werkgroepId,
            (w, now) => new Change<Domain.Werkgroepen.Werkgroep>(
                w with
                {
                    Version = w.Version + 1,
                    Results = [new Result { Id = "res-ontmoeting", Statement = "Inwoners ontmoeten elkaar vaker" }],
                    Indicators =
                    [
                        new Indicator { Id = "ind-eenzaam", Name = "Inwoners die zich eenzaam voelen", ResultId = "res-ontmoeting", Frequency = "per kwartaal", Need = InformationNeed.NeedToKnow },
                        new Indicator { Id = "ind-bezoek", Name = "Bezoekers van de soos", Frequency = "per jaar", Need = InformationNeed.NiceToKnow },
                    ],
                    Activities =
                    [
                        new PlannedActivity { Id = "act-koffie", What = "Koffieochtend in de bibliotheek" },
                        new PlannedActivity { Id = "act-coach", What = "Buurtcoach op huisbezoek" },
                    ],
                },
                [new WorkshopEvent(w.TrajectId, w.Id, w.Version + 1, "test-seed", "test", "test", now, "result, indicators and activities")]),
            Ct);
        return (conversation, werkgroepId, moderator, owner, partner);
    }
}
