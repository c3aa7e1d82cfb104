using System.Text.Json;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Bot;
using WorkshopBot.Web.Workshop;
using Xunit;
using static WorkshopBot.TestKit.Domain.TestWorkshop;

namespace WorkshopBot.Web.Tests.Workshop;

public sealed class ItemCardViewsTests
{
    // Issue 12: item cards listed Entra object ids in refresh.userIds, so Teams refreshed them for nobody.
    [Fact]
    public void Card_Result_RefreshesForTheMembersTeamsIdsNotTheirObjectIds()
    {
        var fatma = new WorkshopBot.Domain.Actor("8c1d7e52-3f4a-4b6c-9d2e-1a0b3c4d5e6f", "Fatma Yilmaz", "GGD Gelderland-Zuid", "29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg");
        var werkgroep = Werkgroep().ProposeResult(fatma, "res-1", ResultLevel.Samenleving,
            new WorkshopBot.Domain.Items.ResultDraft { Statement = "Minder eenzaamheid onder 65-plussers" }, Now).Ok();

        var card = ItemCardViews.Card(werkgroep, FormalItemKind.Result, "res-1", fatma.UserId, null, Language.Dutch)!;

        var userIds = card["refresh"]?["userIds"]?.AsArray().Select(id => (string)id!).ToArray() ?? [];
        Assert.Contains("29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg", userIds);
        Assert.DoesNotContain(fatma.UserId, userIds);
    }

    [Fact]
    public void Card_VagueResult_ShowsWhatIsMissingWithEvidenceAndValidates()
    {
        var werkgroep = Werkgroep().ProposeResult(Participant(), "res-1", ResultLevel.Samenleving,
            new WorkshopBot.Domain.Items.ResultDraft { Statement = "Regie versterken en betere samenwerking" }, Now).Ok();

        var card = ItemCardViews.Card(werkgroep, FormalItemKind.Result, "res-1", Participant().UserId, "https://bot.example/board/w-1", Language.Dutch)!;

        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card));
        var text = CardQuery.AllText(card);
        Assert.Contains("Wat ontbreekt nog", text, StringComparison.Ordinal);
        Assert.Contains("Regie versterken", text, StringComparison.Ordinal);
        Assert.Single(CardQuery.DialogOpeners(card, CardVerbs.ShowEditForm));
    }

    [Fact]
    public void Result_WellFormulatedResult_CoachReportsPassedCriteria()
    {
        var werkgroep = Werkgroep().ProposeResult(Participant(), "res-1", ResultLevel.Samenleving,
            new WorkshopBot.Domain.Items.ResultDraft
            {
                Statement = "Over 3 jaar voelen 20% minder 65-plussers in Neder-Betuwe zich eenzaam",
                TargetGroup = "65-plussers in Neder-Betuwe",
                Baseline = "45% (GGD-monitor 2024)",
                Target = "36%",
                Horizon = "eind 2029",
            },
            Now).Ok();

        var view = ItemCardViews.Result(werkgroep, werkgroep.Results[0], null, null, Language.Dutch);

        Assert.NotNull(view.Coach);
        Assert.Contains(view.Coach.Verdicts, v => v.Status == CoachVerdictStatus.Passed);
        Assert.True(view.Coach.Verdicts.Count(v => v.Status == CoachVerdictStatus.Passed) >= 3);
        Assert.Equal("eind 2029", view.Deadline);
        Assert.Equal(2, view.Step);
    }

    [Fact]
    public void Indicator_FullDefinitionSheet_MapsEveryFieldAndValidates()
    {
        var werkgroep = Werkgroep().ProposeIndicator(Participant(), "ind-1", 5, new WorkshopBot.Domain.Items.Indicator
        {
            Name = "Percentage 65-plussers dat zich eenzaam voelt",
            Definition = "Aandeel 65-plussers met score 3+ op de eenzaamheidsschaal",
            Numerator = "65-plussers met score 3+",
            Denominator = "alle 65-plussers in de steekproef",
            IndicatorKind = IndicatorKind.Tellen,
            Type = WorkshopBot.Domain.Items.IndicatorType.Outcome,
            DataSource = "GGD Gezondheidsmonitor",
            ExistingRegistration = ExistingRegistration.Yes,
            OwnerOrganisation = "GGD Gelderland-Zuid",
            Frequency = "elke 4 jaar",
            Baseline = "45%",
            Target = "36%",
            Direction = IndicatorDirection.Down,
            Need = InformationNeed.NeedToKnow,
        }, Now).Ok();

        var view = ItemCardViews.Indicator(werkgroep, werkgroep.Indicators[0], Moderator.UserId, null, Language.English);
        var card = IndicatorCard.Build(view, Language.English);

        Assert.Equal(IndicatorKind.Tellen, view.Measure);
        Assert.Equal(IndicatorType.Outcome, view.Level);
        Assert.Equal(IndicatorDirection.Down, view.Direction);
        Assert.Equal(InformationNeed.NeedToKnow, view.Priority);
        Assert.True(view.ExistingRegistration);
        Assert.True(view.Viewer!.IsModerator);
        Assert.NotNull(view.Coach);
        Assert.Contains(view.Coach.Verdicts, v => v.Status == CoachVerdictStatus.Passed);
        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card));
        Assert.Contains(CardVerbs.AcceptItem, CardQuery.Verbs(card));
    }

    [Fact]
    public void ProposeForm_FromNote_PrefillsNoteTextAndOffersResults()
    {
        var werkgroep = Werkgroep().WithOpenStep(2)
            .AddNotes(Participant(), "k1", 2, ["Minder eenzame ouderen"], Now).Ok()
            .ProposeResult(Participant(), "res-1", ResultLevel.Samenleving, new WorkshopBot.Domain.Items.ResultDraft { Statement = "Minder eenzaamheid" }, Now).Ok();
        var note = werkgroep.Notes[0];

        var view = ItemCardViews.ProposeForm(werkgroep, FormalItemKind.Indicator, 5, note, "res-1");
        var card = ProposeForm.Build(view, Language.Dutch);

        Assert.Equal("Minder eenzame ouderen", view.PrefillText);
        Assert.Equal(note.Id, view.SourceNoteId);
        Assert.Single(view.Results);
        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card));
        Assert.Contains(CardVerbs.ProposeItem, CardQuery.Verbs(card));
    }

    [Fact]
    public void ItemDrafts_IndicatorForm_ParsesChoicesIntoDomainValues()
    {
        var data = new CardData(JsonDocument.Parse("""
            {"indicatorName":"Verhalen van bezoekers","measure":"vertellen","level":"outcome","direction":"increase",
             "priority":"niceToKnow","existingRegistration":"false","dataSource":"interviews","resultId":"res-1"}
            """).RootElement);

        var draft = ItemDrafts.Indicator(data);

        Assert.Equal(IndicatorKind.Vertellen, draft.IndicatorKind);
        Assert.Equal(WorkshopBot.Domain.Items.IndicatorType.Outcome, draft.Type);
        Assert.Equal(IndicatorDirection.Up, draft.Direction);
        Assert.Equal(InformationNeed.NiceToKnow, draft.Need);
        Assert.Equal(ExistingRegistration.No, draft.ExistingRegistration);
        Assert.Equal("res-1", draft.ResultId);
    }

    [Fact]
    public void Recap_AfterMeeting_CountsNotesVotesAndListsNewItems()
    {
        var before = Werkgroep().WithOpenStep(2).AddNotes(Participant(1), "k0", 2, ["Oud idee"], Now).Ok();
        var start = Now.AddHours(1);
        var werkgroep = before
            .AddNotes(Participant(1), "k1", 2, ["Minder eenzame ouderen"], start.AddMinutes(5)).Ok()
            .AddNotes(Participant(2), "k2", 2, ["Meer ontmoeting"], start.AddMinutes(6)).Ok();
        werkgroep = werkgroep.PromoteToResult(Moderator, werkgroep.Notes[1].Id, "res-1", null, start.AddMinutes(20)).Ok();

        var view = MeetingRecapViews.Recap(werkgroep, start, "https://bot.example/board/w-1");
        var card = MeetingRecapCard.Build(view, Language.Dutch);

        Assert.Equal(2, view.NotesAdded);
        Assert.Equal([2], view.StepsWorkedOn);
        var line = Assert.Single(view.ItemsPromoted);
        Assert.Equal(FormalItemKind.Result, line.Kind);
        Assert.Equal("Minder eenzame ouderen", line.Text);
        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card));
    }
}
