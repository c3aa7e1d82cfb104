using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports.Mapping;
using WorkshopBot.TestKit.Domain;
using Xunit;
using ExportModel = WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Tests.Mapping;

public sealed class WerkgroepExportMapperTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 3, 12, 14, 30, 0, TimeSpan.FromHours(1));

    private static Werkgroep Worked()
    {
        var now = TestWorkshop.Now;
        var moderator = TestWorkshop.Moderator;
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2);
        werkgroep = werkgroep.AddNote(TestWorkshop.Participant(1), "n-1", 2, "Minder eenzame ouderen", now).Ok();
        werkgroep = werkgroep.AddNote(TestWorkshop.Participant(2, "Zorgcentrum De Linde"), "n-2", 2, "Hoe meten we eenzaamheid bij mantelzorgers?", now).Ok();
        werkgroep = werkgroep.AddNote(TestWorkshop.Participant(1), "n-3", 2, "Weggehaald idee", now).Ok();
        werkgroep = werkgroep with
        {
            Notes = werkgroep.Notes.Select(n => n.Id == "n-2" ? n with { Status = NoteStatus.Geparkeerd } : n).ToArray(),
        };
        werkgroep = werkgroep.DeleteNote(TestWorkshop.Participant(1), "n-3", now).Ok();
        werkgroep = werkgroep.ProposeResult(moderator, "r-1", ResultLevel.Samenleving, new ResultDraft
        {
            Statement = "Over 3 jaar voelt 20% minder 65-plussers in Neder-Betuwe zich eenzaam",
            TargetGroup = "65-plussers",
            WhatChanges = "minder eenzaam",
            Baseline = "48% (GGD-monitor 2024)",
            Target = "38%",
            Horizon = "2029",
        }, now).Ok();
        werkgroep = werkgroep.ProposeResult(moderator, "r-2", ResultLevel.Samenleving, new ResultDraft { Statement = "Regie versterken" }, now).Ok();
        werkgroep = werkgroep.MarkVastgesteld(moderator, FormalItemKind.Result, "r-1", now).Ok();
        werkgroep = werkgroep.ProposeIndicator(moderator, "i-1", 2, new Indicator
        {
            ResultId = "r-1",
            Name = "Percentage 65-plussers dat zich eenzaam voelt",
            IndicatorKind = IndicatorKind.Tellen,
            Direction = IndicatorDirection.Down,
            ExistingRegistration = ExistingRegistration.Yes,
            Need = InformationNeed.NeedToKnow,
            DataSource = "GGD-monitor",
        }, now).Ok();
        werkgroep = werkgroep.ProposeIndicator(moderator, "i-2", 2, new Indicator { Name = "Verhalen van bezoekers", IndicatorKind = IndicatorKind.Vertellen }, now).Ok();
        return werkgroep;
    }

    // Issue 16: one notion of parking. A result the moderator parks keeps its place in the document with
    // its status, and the note it came from joins the parked questions.
    [Fact]
    public void From_ParkedItems_KeepTheirStatusAndTheirSourceNoteIsAParkedQuestion()
    {
        var now = TestWorkshop.Now;
        var moderator = TestWorkshop.Moderator;
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2)
            .AddNote(TestWorkshop.Participant(1), "n-9", 2, "Wat doen we met mantelzorgers die zelf eenzaam zijn?", now).Ok()
            .AddNote(TestWorkshop.Participant(1), "n-10", 2, "Aantal bezoeken van maatjes", now).Ok()
            .PromoteToResult(moderator, "n-9", "r-9", null, now).Ok()
            .PromoteToIndicator(moderator, "n-10", "i-10", "r-9", now).Ok()
            .ParkItem(moderator, FormalItemKind.Result, "r-9", now).Ok()
            .ParkItem(moderator, FormalItemKind.Indicator, "i-10", now).Ok();

        var document = WerkgroepExportMapper.From(TestWorkshop.Traject(), werkgroep, GeneratedAt);

        Assert.Equal(ItemStatus.Geparkeerd, Assert.Single(document.Results).Status);
        Assert.Equal(ItemStatus.Geparkeerd, Assert.Single(document.Indicators).Status);
        Assert.Equal("r-9", document.Indicators[0].ResultId);
        Assert.Equal(["Wat doen we met mantelzorgers die zelf eenzaam zijn?", "Aantal bezoeken van maatjes"], document.OpenQuestions);
    }

    [Fact]
    public void From_WorkedWerkgroep_CarriesTrajectAndWerkgroepContext()
    {
        var document = WerkgroepExportMapper.From(TestWorkshop.Traject(), Worked(), GeneratedAt);

        Assert.Equal(ExportModel.ExportDocumentKind.Werkgroep, document.Kind);
        Assert.Equal("Werkgroep ontmoeting", document.Title);
        Assert.Equal(["Werkgroep ontmoeting"], document.WerkgroepNames);
        Assert.Equal("Neder-Betuwe", document.Gemeente);
        Assert.Equal("Eenzaamheid", document.Theme);
        Assert.Equal("Eenzaamheid 2026", document.TrajectName);
        Assert.Equal(GeneratedAt, document.GeneratedAt);
        Assert.Contains(document.Participants, p => p.Name == "Deelnemer 2" && p.Organisation == "Zorgcentrum De Linde");
        Assert.Contains(document.Participants, p => p.Name == "Mirjam de Vries");
    }

    [Fact]
    public void From_WithoutTraject_LeavesTrajectFieldsEmpty()
    {
        var document = WerkgroepExportMapper.From(null, Worked(), GeneratedAt);

        Assert.Equal("", document.Gemeente);
        Assert.Equal("", document.TrajectName);
        Assert.Empty(document.Ambitions);
        Assert.Equal(2, document.Results.Count);
    }

    [Fact]
    public void From_Results_MapFieldsStatusAndOnlyOpenCoachingPointsOfConcepts()
    {
        var document = WerkgroepExportMapper.From(TestWorkshop.Traject(), Worked(), GeneratedAt);

        var fixedResult = document.Results.Single(r => r.Id == "r-1");
        Assert.Equal(ItemStatus.Vastgesteld, fixedResult.Status);
        Assert.Equal(ResultLevel.Samenleving, fixedResult.Level);
        Assert.Equal("48% (GGD-monitor 2024)", fixedResult.Baseline);
        Assert.Equal("minder eenzaam", fixedResult.Change);
        Assert.Empty(fixedResult.OpenCoachingPoints);
        var concept = document.Results.Single(r => r.Id == "r-2");
        Assert.Equal(ItemStatus.Concept, concept.Status);
        Assert.Equal("", concept.TargetGroup);
        Assert.NotEmpty(concept.OpenCoachingPoints);
    }

    [Fact]
    public void From_Indicators_TranslateEnumsAndKeepTheResultLink()
    {
        var document = WerkgroepExportMapper.From(TestWorkshop.Traject(), Worked(), GeneratedAt);

        var counted = document.Indicators.Single(i => i.Id == "i-1");
        Assert.Equal("r-1", counted.ResultId);
        Assert.Equal(IndicatorKind.Tellen, counted.Measure);
        Assert.Equal(IndicatorDirection.Down, counted.Direction);
        Assert.Equal(ExistingRegistration.Yes, counted.ExistingRegistration);
        Assert.Equal(InformationNeed.NeedToKnow, counted.Priority);
        Assert.Equal("GGD-monitor", counted.DataSource);
        var story = document.Indicators.Single(i => i.Id == "i-2");
        Assert.Null(story.ResultId);
        Assert.Equal(IndicatorKind.Vertellen, story.Measure);
        Assert.Null(story.Direction);
        Assert.Equal(InformationNeed.NiceToKnow, story.Priority);
    }

    [Fact]
    public void From_ParkedNotes_BecomeOpenQuestionsAndDeletedNotesStayOut()
    {
        var document = WerkgroepExportMapper.From(TestWorkshop.Traject(), Worked(), GeneratedAt);

        Assert.Equal(["Hoe meten we eenzaamheid bij mantelzorgers?"], document.OpenQuestions);
    }

    [Fact]
    public void From_FocusAmbitions_ExportsOnlyTheFocus()
    {
        var now = TestWorkshop.Now;
        var traject = TestWorkshop.Traject() with
        {
            Ambitions =
            [
                new Ambition("a-1", "Iedereen doet mee", []),
                new Ambition("a-2", "Gezond ouder worden", [new SubGoal("s-1", "Minder eenzaamheid")]),
            ],
        };
        var werkgroep = TestWorkshop.Werkgroep() with { FocusAmbitionIds = ["a-2"] };

        var document = WerkgroepExportMapper.From(traject, werkgroep, GeneratedAt);

        var ambition = Assert.Single(document.Ambitions);
        Assert.Equal("Gezond ouder worden", ambition.Title);
        Assert.Equal(["Minder eenzaamheid"], ambition.SubGoals);
    }

    [Fact]
    public void From_WorkedWerkgroep_RendersInEveryFormat()
    {
        var document = WerkgroepExportMapper.From(TestWorkshop.Traject(), Worked(), GeneratedAt);

        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var file = Exporters.Render(format, document);

            Assert.NotEmpty(file.Content);
        }

        var markdown = System.Text.Encoding.UTF8.GetString(Exporters.Render(ExportFormat.Markdown, document).Content);
        Assert.Contains("Percentage 65-plussers dat zich eenzaam voelt", markdown, StringComparison.Ordinal);
    }
}
