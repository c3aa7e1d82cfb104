using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports.Mapping;
using WorkshopBot.TestKit.Domain;
using Xunit;
using ExportModel = WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Tests.Mapping;

public sealed class MonitoringExportMapperTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    // r-1 with i-1 (tellen), r-2 without indicators, i-2 (vertellen) not linked to a result.
    private static Werkgroep Defined()
    {
        var now = TestWorkshop.Now;
        var moderator = TestWorkshop.Moderator;
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2);
        werkgroep = werkgroep.ProposeResult(moderator, "r-1", ResultLevel.Samenleving, new ResultDraft { Statement = "Minder eenzame 65-plussers" }, now).Ok();
        werkgroep = werkgroep.ProposeResult(moderator, "r-2", ResultLevel.Samenleving, new ResultDraft { Statement = "Regie versterken" }, now).Ok();
        werkgroep = werkgroep.ProposeIndicator(moderator, "i-1", 2, new Indicator { ResultId = "r-1", Name = "Percentage eenzaam", IndicatorKind = IndicatorKind.Tellen }, now).Ok();
        werkgroep = werkgroep.ProposeIndicator(moderator, "i-2", 2, new Indicator { Name = "Verhalen van bezoekers" }, now).Ok();
        return werkgroep;
    }

    private static PeriodValueView Period(string key, int month, decimal value, int corrections = 0) => new(
        key,
        new DateOnly(2026, month, 1),
        new DateOnly(2026, month + 2, month + 2 == 3 ? 31 : 30),
        value,
        null,
        null,
        "GGD",
        null,
        "Ans Jansen",
        "GGD Gelderland-Zuid",
        GeneratedAt,
        [.. Enumerable.Range(0, corrections).Select(_ => new CorrectedValueView(value + 1, "Ans Jansen", GeneratedAt, null))]);

    private static MonitoringView View()
    {
        var story = new StoryView("s-1", "2026-Q2", StoryPerspective.Vrijwilliger, "ontmoeting", "Mevrouw komt nu elke week naar de soos.", true, true, ["i-2"], [], "Welzijn Rivierenland", GeneratedAt);
        var i1 = new IndicatorMonitoringView(
            "i-1", "Percentage eenzaam", "r-1", "Minder eenzame 65-plussers", IndicatorKind.Tellen, "%", "per kwartaal", MonitoringFrequency.Quarterly,
            "48% (GGD 2024)", 48m, "38%", 38m, IndicatorDirection.Down, InformationNeed.NeedToKnow, ExistingRegistration.Yes, "GGD Gelderland-Zuid", "Ans Jansen",
            [Period("2026-Q1", 1, 47.5m), Period("2026-Q2", 4, 45m, corrections: 2)], []);
        var i2 = new IndicatorMonitoringView(
            "i-2", "Verhalen van bezoekers", null, null, null, null, null, null, null, null, null, null, null, null, ExistingRegistration.Unknown, null, null, [], ["s-1"]);
        var reflection = new ReflectionView(
            "rf-1", "2026-Q2", "Daling zet door", "De soos werkt", "Tweede soos in Opheusden", "Mirjam de Vries", new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero),
            [new ImprovementActionView("a-1", "Tweede soos openen", ["act-1"], ["Soos Opheusden"], "Piet", new DateOnly(2026, 10, 1), false)]);
        return new MonitoringView("t-1", "w-1", "Werkgroep ontmoeting", NeedFilter.All, [i1, i2], [new StoryPeriodView("2026-Q2", new DateOnly(2026, 4, 1), [story])], [reflection], [], []);
    }

    [Fact]
    public void From_PutsIndicatorsUnderTheirResult_KeepsEmptyResults_AndCollectsUnlinkedLast()
    {
        var document = MonitoringExportMapper.From(TestWorkshop.Traject(), Defined(), View(), GeneratedAt);

        Assert.Equal(["r-1", "r-2", ""], document.Results.Select(r => r.Id));
        Assert.Equal(["i-1"], document.Results[0].Indicators.Select(i => i.Id));
        Assert.Empty(document.Results[1].Indicators);
        Assert.Equal("Indicatoren die nog niet aan een resultaat gekoppeld zijn", document.Results[2].Statement);
        Assert.Equal(["i-2"], document.Results[2].Indicators.Select(i => i.Id));
        Assert.Equal("Werkgroep ontmoeting", document.WerkgroepName);
        Assert.Equal(TestWorkshop.Traject().Name, document.TrajectName);
        Assert.Equal(TestWorkshop.Traject().Gemeente, document.Gemeente);
    }

    [Fact]
    public void From_CarriesTheTimeSeriesWithNumbersAndCorrections()
    {
        var indicator = MonitoringExportMapper.From(null, Defined(), View(), GeneratedAt).Results[0].Indicators[0];

        Assert.Equal(48d, indicator.Baseline);
        Assert.Equal(38d, indicator.Target);
        Assert.Equal(IndicatorDirection.Down, indicator.Direction);
        Assert.Equal(InformationNeed.NeedToKnow, indicator.Need);
        Assert.Equal("GGD Gelderland-Zuid", indicator.DataOwnerOrganisation);
        Assert.Equal(["2026 Q1", "2026 Q2"], indicator.Measurements.Select(m => m.PeriodLabel));
        Assert.Equal([47.5d, 45d], indicator.Measurements.Select(m => m.EffectiveValue!.Value));
        Assert.Equal([0, 2], indicator.Measurements.Select(m => m.CorrectionCount));
        Assert.Equal(new DateOnly(2026, 4, 1), indicator.Measurements[1].PeriodStart);
    }

    [Fact]
    public void From_StoryOnlyIndicatorIsVertellen_AndItsStoryIsShownWithPerspective()
    {
        var indicator = MonitoringExportMapper.From(null, Defined(), View(), GeneratedAt).Results[2].Indicators[0];

        Assert.Equal(IndicatorKind.Vertellen, indicator.Kind);
        var story = Assert.Single(indicator.Stories);
        Assert.Equal(ExportModel.StoryPerspective.Vrijwilliger, story.Perspective);
        Assert.Equal("2026 Q2", story.PeriodLabel);
        Assert.Equal(new DateOnly(2026, 4, 1), story.PeriodStart);
        Assert.True(story.ConsentToQuote);
        Assert.Equal("Mevrouw komt nu elke week naar de soos.", story.Text);
    }

    [Fact]
    public void From_ReflectionsUseTheAmsterdamDate_AndActionsNameTheirActivity()
    {
        var document = MonitoringExportMapper.From(null, Defined(), View(), GeneratedAt);

        // 22:30 UTC on 1 July is 2 July in Amsterdam.
        Assert.Equal(new DateOnly(2026, 7, 2), Assert.Single(document.Reflections).Date);
        var action = Assert.Single(document.ImprovementActions);
        Assert.Equal("Soos Opheusden", action.LinkedActivity);
        Assert.Equal(ExportModel.ImprovementActionStatus.Open, action.Status);
        Assert.Equal(new DateOnly(2026, 10, 1), action.Due);
    }

    [Fact]
    public void From_ANeedToKnowView_MarksTheDocument_WithoutFilteringASecondTime()
    {
        var view = View() with { Filter = NeedFilter.NeedToKnowOnly };

        var document = MonitoringExportMapper.From(null, Defined(), view, GeneratedAt);

        Assert.True(document.NeedToKnowOnly);
        Assert.False(MonitoringExportMapper.From(null, Defined(), View(), GeneratedAt).NeedToKnowOnly);
        // The projection filtered (or not); the mapper keeps every indicator it was given.
        Assert.Equal(["i-1", "i-2"], document.Indicators.Select(i => i.Id));
    }

    [Fact]
    public void From_AStoryWithoutConsent_MayNotBeQuoted()
    {
        var view = View();
        var period = view.StoriesByPeriod[0];
        var withoutConsent = view with { StoriesByPeriod = [period with { Stories = [period.Stories[0] with { IsQuote = false, ConsentGiven = false }] }] };

        var story = Assert.Single(MonitoringExportMapper.From(null, Defined(), withoutConsent, GeneratedAt).Results[2].Indicators[0].Stories);

        Assert.False(story.ConsentToQuote);
    }

    [Fact]
    public void From_AStoryLinkedToAResult_IsShownWithThatResult_OnlyThere()
    {
        var view = View();
        var period = view.StoriesByPeriod[0];
        var toResult = new StoryView("s-2", "2026-Q2", StoryPerspective.Inwoner, null, "Ik ken nu mijn buren.", false, false, [], ["r-2"], null, GeneratedAt);
        var linked = view with { StoriesByPeriod = [period with { Stories = [.. period.Stories, toResult] }] };

        var results = MonitoringExportMapper.From(null, Defined(), linked, GeneratedAt).Results;

        Assert.Equal("Ik ken nu mijn buren.", Assert.Single(results[1].Stories).Text);
        Assert.Empty(results[0].Stories);
        Assert.DoesNotContain(results.SelectMany(r => r.Indicators).SelectMany(i => i.Stories), s => s.Text == "Ik ken nu mijn buren.");
    }
}
