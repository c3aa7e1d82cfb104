using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class MonitoringCardTests
{
    [Fact]
    public void DueCard_OffersTheMissingPeriods_OldestChosen_AndSendsTheIndicator()
    {
        var card = DueCard.Build(SampleMonitoring.Due(), Language.Dutch);

        var period = CardQuery.OfType(card, "Input.ChoiceSet").Single(c => (string?)c["id"] == MonitoringInputs.Period);
        Assert.Equal(["2e kwartaal 2026", "3e kwartaal 2026"], period["choices"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal("2026-Q2", (string?)period["value"]);
        var save = Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.RecordMeasurement));
        Assert.Equal("ind-eenzaam", (string?)save["data"]![MonitoringInputs.IndicatorId]);
        Assert.Equal("w-1", (string?)save["data"]![CardDataKeys.WerkgroepId]);
        Assert.Single(CardQuery.OfType(card, "Input.Number"), i => (string?)i["id"] == MonitoringInputs.Value);
        Assert.Contains("Gezondheidsmonitor", card.ToJsonString());
    }

    [Fact]
    public void DueCard_WithTellerEnNoemer_AsksBoth()
    {
        var card = DueCard.Build(SampleMonitoring.Due(fraction: true), Language.English);

        Assert.Equal([MonitoringInputs.Numerator, MonitoringInputs.Denominator], CardQuery.OfType(card, "Input.Number").Select(i => (string?)i["id"]));
        Assert.Contains("Q2 2026", CardQuery.AllText(card) + card.ToJsonString());
    }

    [Fact]
    public void DueCard_NothingMissing_ThanksAndHasNoForm()
    {
        var card = DueCard.Build(SampleMonitoring.Due() with { MissingPeriods = [] }, Language.Dutch);

        Assert.Empty(CardQuery.ExecuteActions(card));
        Assert.Contains("Alle gevraagde cijfers zijn binnen", CardQuery.AllText(card));
    }

    [Fact]
    public void DueCard_EscapesTheIndicatorName() =>
        Assert.DoesNotContain("<script>", CardQuery.AllText(DueCard.Build(SampleMonitoring.Due(), Language.Dutch)));

    [Fact]
    public void Overview_OnlyAModeratorCanRemind()
    {
        var moderator = MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), true, [new("u-1", "Deelnemer 1")]), Language.Dutch);
        var partner = MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), false), Language.Dutch);

        var nudge = Assert.Single(CardQuery.ExecuteActions(moderator, CardVerbs.NudgeDataOwners));
        Assert.Equal("Welzijn Neder-Betuwe", (string?)nudge["data"]![MonitoringInputs.Organisation]);
        Assert.Empty(CardQuery.ExecuteActions(partner, CardVerbs.NudgeDataOwners));
        Assert.Single(CardQuery.ExecuteActions(moderator, CardVerbs.AssignDataOwner));
        Assert.Empty(CardQuery.ExecuteActions(partner, CardVerbs.AssignDataOwner));
        Assert.DoesNotContain(CardQuery.ExecuteActions(partner), a => (string?)a["data"]![MonitoringInputs.Show] == MonitoringInputs.ShowReflectionForm);
        Assert.Contains("nog geen gegevenseigenaar", CardQuery.AllText(moderator)); // the monthly indicator has no owner
        Assert.Contains("Registratielast per partner", CardQuery.AllText(moderator));
    }

    [Fact]
    public void StoryForm_SaysWhatNeverGoesInAStory_AndAsksConsentForAQuote()
    {
        var card = StoryForm.Build(SampleMonitoring.StoryForm(), Language.Dutch);

        Assert.Contains("geen namen", CardQuery.AllText(card));
        Assert.Equal([MonitoringInputs.IsQuote, MonitoringInputs.Consent], CardQuery.OfType(card, "Input.Toggle").Select(i => (string?)i["id"]));
        Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.AddStory));
    }

    [Fact]
    public void ReflectionForm_ShowsTheLatestValueAgainstBaselineAndTarget()
    {
        var card = ReflectionForm.Build(SampleMonitoring.ReflectionForm(), Language.Dutch);

        Assert.Contains("22 (1e kwartaal 2026); nulmeting 24%, streefwaarde 18%", CardQuery.AllText(card));
        Assert.Single(CardQuery.OfType(card, "Input.Date"), i => (string?)i["id"] == MonitoringInputs.ActionDue);
    }

    [Fact]
    public void StoryForm_OffersTheResultsAndTheIndicators_BothMultiSelect_NeitherRequiredOnItsOwn()
    {
        var card = StoryForm.Build(SampleMonitoring.StoryForm(), Language.Dutch);

        var sets = CardQuery.OfType(card, "Input.ChoiceSet").ToDictionary(c => (string)c["id"]!);
        var results = sets[MonitoringInputs.StoryResults];
        var indicators = sets[MonitoringInputs.StoryIndicators];
        Assert.Equal(["res-ontmoeting"], results["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal(["ind-eenzaam", "ind-wacht"], indicators["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.All(new[] { results, indicators }, c => Assert.True((bool?)c["isMultiSelect"]));
        Assert.All(new[] { results, indicators }, c => Assert.Null(c["isRequired"]));
        Assert.Contains("minstens één resultaat of indicator", CardQuery.AllText(card));
    }

    [Fact]
    public void ReflectionForm_StartsFromThePreviousActions_AndOffersThreeActionSlotsWithAMemberOwner()
    {
        var card = ReflectionForm.Build(SampleMonitoring.ReflectionForm(), Language.Dutch);

        var text = CardQuery.AllText(card);
        Assert.Contains("verbeteracties van de vorige reflectie", text);
        Assert.Contains("Koffieochtend ook op zaterdag · Deelnemer 1 · uiterlijk 2027-03-01 · open", text);
        Assert.Contains("Folder bij de huisarts · Piet de Buurtcoach · uiterlijk 2027-02-01 · afgerond", text);
        Assert.Equal(
            [MonitoringInputs.ActionText, "actionText2", "actionText3"],
            CardQuery.OfType(card, "Input.Text").Select(i => (string)i["id"]!).Where(id => id.StartsWith(MonitoringInputs.ActionText, StringComparison.Ordinal)));
        var owner = CardQuery.OfType(card, "Input.ChoiceSet").Single(c => (string?)c["id"] == "actionOwnerMember2");
        Assert.Equal([SampleMonitoring.OwnerId], owner["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        // Marking done happens on the overview: a click here would replace what was typed.
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.CompleteImprovementAction));
    }

    [Fact]
    public void Overview_OpenActions_TheOwnerAndAModeratorMayMarkDone_AnotherPartnerOnlySeesThem()
    {
        var owner = MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), false, ViewerId: SampleMonitoring.OwnerId), Language.Dutch);
        var moderator = MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), true), Language.Dutch);
        var partner = MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), false, ViewerId: "7d2e9c1a-0000-4000-8000-00000000abcd"), Language.Dutch);

        var done = Assert.Single(CardQuery.ExecuteActions(owner, CardVerbs.CompleteImprovementAction));
        Assert.Equal("rf-1-a1", (string?)done["data"]![MonitoringInputs.ActionId]);
        Assert.Single(CardQuery.ExecuteActions(moderator, CardVerbs.CompleteImprovementAction));
        Assert.Empty(CardQuery.ExecuteActions(partner, CardVerbs.CompleteImprovementAction));
        Assert.Contains("Koffieochtend ook op zaterdag", CardQuery.AllText(partner));
        // The done action is no longer open.
        Assert.DoesNotContain("Folder bij de huisarts", CardQuery.AllText(partner));
    }

    [Fact]
    public void Overview_CountsTheStoriesPerResult_EscapingTheStatement()
    {
        var text = CardQuery.AllText(MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), false), Language.English));

        Assert.Contains("Stories per result", text);
        Assert.Contains("vaker", text);
        Assert.Contains("**: 2 story/stories", text);
        Assert.DoesNotContain("<b>", text);
    }
}
