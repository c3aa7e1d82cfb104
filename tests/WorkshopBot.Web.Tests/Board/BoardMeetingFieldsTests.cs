using System.Text.Json;
using WorkshopBot.Domain.Items;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Board;
using Xunit;

namespace WorkshopBot.Web.Tests.Board;

// Issue 16: what the meeting stage and the board's item actions read from the board JSON. The stage tells
// a silent brainstorm's progress in numbers for the whole group (never texts); edit, link and vaststellen
// send back each item's version and read its status.
public sealed class BoardMeetingFieldsTests
{
    private static readonly BoardViewer Participant1 = new(TestWorkshop.Participant(1).UserId, "Deelnemer 1", "GGD Gelderland-Zuid", BoardViewer.Participant, null);

    [Fact]
    public void Build_SilentStep_CountsTheWholeGroupsNotesAndWritersButShowsOnlyOwnTexts()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .StartSilent(TestWorkshop.Moderator, 3, TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Participant(1), "n-1", 3, "Signaalkaart eenzaamheid", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Participant(2), "n-2", 3, "Maatjesproject", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Participant(2), "n-3", 3, "Vervoer naar activiteiten", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Moderator, "n-4", 3, "Koffieochtend", TestWorkshop.Now).Ok();

        var step3 = Json(werkgroep).GetProperty("steps")[2];

        Assert.Equal(4, step3.GetProperty("totalNotes").GetInt32());
        Assert.Equal(3, step3.GetProperty("contributors").GetInt32());
        Assert.Equal(["Signaalkaart eenzaamheid"], step3.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        Assert.DoesNotContain("Maatjesproject", step3.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ItemsAfterAnEditAndVaststellen_CarryTheirVersionAndStatus()
    {
        var moderator = TestWorkshop.Moderator;
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(TestWorkshop.Participant(1), "n-1", 3, "Wekelijkse buurtlunch", TestWorkshop.Now).Ok()
            .PromoteToActivity(moderator, "n-1", "act-1", TestWorkshop.Now).Ok()
            .EditActivity(moderator, "act-1", 1, new PlannedActivityDraft { What = "Wekelijkse buurtlunch in Dodewaard" }, TestWorkshop.Now).Ok()
            .MarkVastgesteld(moderator, FormalItemKind.Activity, "act-1", TestWorkshop.Now).Ok();

        var activity = Json(werkgroep).GetProperty("activities")[0];

        Assert.Equal(3, activity.GetProperty("version").GetInt32());
        Assert.Equal("vastgesteld", activity.GetProperty("status").GetString());
    }

    private static JsonElement Json(WorkshopBot.Domain.Werkgroepen.Werkgroep werkgroep) =>
        JsonDocument.Parse(JsonSerializer.Serialize(BoardViewFactory.Build(werkgroep, TestWorkshop.Traject(), Participant1, 0), BoardJsonContext.Default.BoardView)).RootElement;
}
