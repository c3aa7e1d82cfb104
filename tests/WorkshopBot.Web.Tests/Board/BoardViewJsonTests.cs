using System.Text.Json;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Board;
using Xunit;

namespace WorkshopBot.Web.Tests.Board;

// The board page and the browser tests read the board JSON; Payloads/board-*.json were written by the
// anonymous-object BoardViewFactory before the typed view records replaced it, so the typed records must
// serialize to exactly those bytes. Since issue 12 (finding 5) the open round hides the note totals from the
// participant and the reader (the moderator started it with ShowCounts), so their files lack "votes" and
// their "voting" says countsHidden: true. Since issue 16 each step carries totalNotes and contributors (the
// meeting stage's silent progress) and each item its version (and activities and agreements their status
// and agreements their resultIds) for the board's edit, link and vaststellen, and its compass step and the
// note it was promoted from (sourceNoteId, left out for a proposed item) for the items on the wall; since
// issue 17 each item also carries its number as the exports show it (R1, I1, A1, K1, in stored order). The
// viewers have GUID object ids (TestWorkshop), never MRIs.
public sealed class BoardViewJsonTests
{
    public static TheoryData<string> Viewers => ["moderator", "participant", "reader", "plain"];

    [Theory]
    [MemberData(nameof(Viewers))]
    public void Build_RichBoard_SerializesExactlyAsBefore(string viewerName)
    {
        var json = JsonSerializer.Serialize(BoardViewFactory.Build(Board(viewerName), TestWorkshop.Traject(), Viewer(viewerName), activeShareLinks: 2), JsonSerializerOptions.Web);

        Assert.Equal(Golden(viewerName), json);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void Build_SourceGeneratedContext_WritesTheSameBytes(string viewerName)
    {
        var view = BoardViewFactory.Build(Board(viewerName), TestWorkshop.Traject(), Viewer(viewerName), activeShareLinks: 2);

        var json = JsonSerializer.Serialize(view, BoardJsonContext.Default.BoardView);

        Assert.Equal(Golden(viewerName), json);
    }

    private static string Golden(string viewerName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Board", "Payloads", $"board-{viewerName}.json")).Trim();

    // "plain": a board with nothing on it yet (no voting round, no timer), as a participant sees it.
    internal static Werkgroep Board(string name) => name == "plain" ? TestWorkshop.Werkgroep().WithOpenStep(1) : RichBoard();

    internal static BoardViewer Viewer(string name) => name switch
    {
        "moderator" => new(TestWorkshop.Moderator.UserId, "Mirjam de Vries", "Gemeente Neder-Betuwe", BoardViewer.Moderator, null),
        "participant" or "plain" => new(TestWorkshop.Participant().UserId, "Deelnemer 1", "Welzijn Rivierenland", BoardViewer.Participant, null),
        _ => new(null, "Gast via deellink", null, BoardViewer.Reader, "token"),
    };

    // Every part of the board: silent and open steps, merged, clustered, voted and edited notes, a running
    // timer and voting round, promoted and proposed results, indicators, activities and agreements.
    internal static Werkgroep RichBoard()
    {
        var now = TestWorkshop.Now;
        var moderator = TestWorkshop.Moderator;
        var jan = TestWorkshop.Participant(1, "Welzijn Rivierenland");
        var fatima = TestWorkshop.Participant(2, "MEE Gelderse Poort");
        return TestWorkshop.Werkgroep().WithOpenStep(1)
            .AddNote(jan, "n-1", 1, "Buurtkamer", now).Ok()
            .AddNote(fatima, "n-2", 1, "Maatjesproject", now.AddMinutes(1)).Ok()
            .AddNote(moderator, "n-3", 1, "Koffieochtend", now.AddMinutes(2)).Ok()
            .MergeNotes(moderator, "n-1", ["n-3"], now.AddMinutes(3)).Ok()
            .EditNote(fatima, "n-2", "Maatjesproject in elke kern", now.AddMinutes(4)).Ok()
            .SetCluster(moderator, "n-2", "Ontmoeting", now.AddMinutes(5)).Ok()
            .OpenStep(moderator, 2, now.AddMinutes(6)).Ok()
            .AddNote(jan, "n-4", 2, "Minder eenzaamheid onder 75-plussers", now.AddMinutes(7)).Ok()
            .AddNote(fatima, "n-5", 2, "Aantal deelnemers aan ontmoetingen", now.AddMinutes(8)).Ok()
            .AddNote(moderator, "n-6", 2, "Training signaleren", now.AddMinutes(9)).Ok()
            .AddNote(moderator, "n-7", 2, "Huisbezoeken", now.AddMinutes(10)).Ok()
            .PromoteToResult(moderator, "n-4", "r-1", null, now.AddMinutes(11)).Ok()
            .PromoteToIndicator(moderator, "n-5", "i-1", "r-1", now.AddMinutes(12)).Ok()
            .PromoteToQualityAgreement(moderator, "n-6", "q-1", now.AddMinutes(13)).Ok()
            .PromoteToActivity(moderator, "n-7", "a-1", now.AddMinutes(14)).Ok()
            .ProposeResult(moderator, "r-2", ResultLevel.Samenleving, new ResultDraft
            {
                Statement = "In 2029 voelt 10% minder 75-plussers zich eenzaam",
                TargetGroup = "75-plussers",
                WhatChanges = "minder eenzaamheid",
                Baseline = "32% (2025)",
                Target = "22%",
                Horizon = "2029",
            }, now.AddMinutes(15)).Ok()
            .ProposeIndicator(moderator, "i-2", 5, new Indicator
            {
                ResultId = "r-2",
                Name = "Ervaren eenzaamheid",
                Definition = "Aandeel 75-plussers dat zich (zeer) eenzaam voelt",
                Numerator = "eenzame 75-plussers",
                Denominator = "alle 75-plussers",
                IndicatorKind = IndicatorKind.Tellen,
                Type = IndicatorType.Outcome,
                DataSource = "Gezondheidsmonitor",
                ExistingRegistration = ExistingRegistration.Yes,
                OwnerOrganisation = "GGD",
                Frequency = "4-jaarlijks",
                Baseline = "32%",
                Target = "22%",
                Direction = IndicatorDirection.Down,
                Need = InformationNeed.NeedToKnow,
            }, now.AddMinutes(16)).Ok()
            .ProposeActivity(moderator, "a-2", new PlannedActivityDraft { What = "Koffieochtenden", Organisations = ["Welzijn Rivierenland"], Formality = Formality.Formal, ResultIds = ["r-2"] }, now.AddMinutes(17)).Ok()
            .ProposeQualityAgreement(moderator, "q-2", new QualityAgreementDraft { ConditionKind = ConditionKind.Training, Description = "Training signaleren", OwnerOrganisation = "Gemeente" }, now.AddMinutes(18)).Ok()
            .StartVoting(moderator, 1, 3, now.AddMinutes(19), showCounts: true).Ok()
            .Vote(jan, "n-2", now.AddMinutes(20)).Ok()
            .Vote(moderator, "n-2", now.AddMinutes(21)).Ok()
            .WithNoteStatus("n-1", NoteStatus.Geparkeerd, now.AddMinutes(22))
            .StartTimer(moderator, 10, now.AddMinutes(23)).Ok()
            .OpenStep(moderator, 3, now.AddMinutes(24)).Ok()
            .StartSilent(moderator, 3, now.AddMinutes(25)).Ok()
            .AddNote(jan, "n-8", 3, "Stil idee van Jan", now.AddMinutes(26)).Ok()
            .AddNote(moderator, "n-9", 3, "Stil idee van de projectleider", now.AddMinutes(27)).Ok();
    }
}

// A note is parked with the item promoted from it (Werkgroep.ParkItem); here a note is parked on its own, so
// the golden payloads show the status on a note without an item.
file static class NoteStatusSetter
{
    public static Werkgroep WithNoteStatus(this Werkgroep werkgroep, string noteId, NoteStatus status, DateTimeOffset now) => werkgroep with
    {
        Notes = [.. werkgroep.Notes.Select(n => n.Id == noteId ? n with { Status = status } : n)],
        Version = werkgroep.Version + 1,
        UpdatedAt = now,
    };
}
