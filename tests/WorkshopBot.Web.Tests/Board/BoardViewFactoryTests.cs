using System.Text.Json;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Bot;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.Web.Tests.Board;

public sealed class BoardViewFactoryTests
{
    private static readonly BoardViewer ModeratorViewer = new(TestWorkshop.Moderator.UserId, "Mirjam de Vries", "Gemeente Neder-Betuwe", BoardViewer.Moderator, null);
    private static readonly BoardViewer Reader = new(null, BoardText.Dutch.ShareReader, null, BoardViewer.Reader, "token");

    [Fact]
    public void Build_SilentStep_ShowsOnlyOwnNotesAndCountsTheRest()
    {
        var participant = TestWorkshop.Participant();
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(1)
            .StartSilent(TestWorkshop.Moderator, 1, TestWorkshop.Now).Ok()
            .AddNote(participant, "n-1", 1, "Idee van de deelnemer", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Moderator, "n-2", 1, "Idee van de projectleider", TestWorkshop.Now).Ok();

        var step1 = Json(werkgroep, ModeratorViewer).GetProperty("steps")[0];

        Assert.True(step1.GetProperty("silent").GetBoolean());
        Assert.Equal(1, step1.GetProperty("hiddenNotes").GetInt32());
        var note = Assert.Single(step1.GetProperty("notes").EnumerateArray());
        Assert.Equal("Idee van de projectleider", note.GetProperty("text").GetString());
        Assert.True(note.GetProperty("mine").GetBoolean());
    }

    [Fact]
    public void Build_MergedNote_ListsTheMergedTextsUnderTheTargetText()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(TestWorkshop.Participant(1), "n-1", 3, "Koffieochtenden", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Participant(2), "n-2", 3, "Maatjesproject", TestWorkshop.Now).Ok()
            .MergeNotes(TestWorkshop.Moderator, "n-1", ["n-2"], TestWorkshop.Now).Ok();

        var note = Assert.Single(Json(werkgroep, ModeratorViewer).GetProperty("steps")[2].GetProperty("notes").EnumerateArray());

        Assert.Equal("Koffieochtenden", note.GetProperty("text").GetString());
        Assert.Equal(["Maatjesproject"], note.GetProperty("mergedTexts").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Build_OrganisationSetAfterWriting_ColoursEarlierNotesByTheMember()
    {
        var fatima = new Domain.Actor("29:fatima", "Fatima el Amrani");
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(fatima, "n-1", 3, "Maatjesproject", TestWorkshop.Now).Ok()
            .SetOrganisation(fatima, fatima.UserId, "MEE Gelderse Poort", TestWorkshop.Now).Ok();

        var board = Json(werkgroep, ModeratorViewer);
        var note = board.GetProperty("steps")[2].GetProperty("notes")[0];
        var author = board.GetProperty("authors")[note.GetProperty("by").GetInt32()];

        Assert.Equal("MEE Gelderse Poort", author.GetProperty("organisation").GetString());
        Assert.Equal(OrganisationPalette.ColourFor("MEE Gelderse Poort"), author.GetProperty("colour").GetString());
    }

    [Fact]
    public void Build_ShareReader_GetsNoUserIdsNoShareTokenAndCannotEdit()
    {
        var participant = TestWorkshop.Participant();
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(1)
            .AddNote(participant, "n-1", 1, "Buurtkamer", TestWorkshop.Now).Ok();

        var text = JsonSerializer.Serialize(BoardViewFactory.Build(werkgroep, TestWorkshop.Traject(), Reader, activeShareLinks: 2), JsonSerializerOptions.Web);
        var view = JsonDocument.Parse(text).RootElement;

        Assert.Equal(0, view.GetProperty("activeShareLinks").GetInt32());
        Assert.False(view.GetProperty("viewer").GetProperty("canEdit").GetBoolean());
        Assert.DoesNotContain(participant.UserId, text);
        Assert.DoesNotContain(TestWorkshop.Moderator.UserId, text);
        Assert.Contains("Deelnemer 1", text);
        Assert.DoesNotContain(Reader.ShareLinkId!, text);
        Assert.Equal("/api/boards/w-1/export.csv", view.GetProperty("exports").GetProperty("csv").GetString());
    }

    [Fact]
    public void Build_ModeratorWithActiveShareLinks_GetsOnlyTheCount()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(1);

        var moderator = Json(werkgroep, ModeratorViewer, activeShareLinks: 2);
        var participant = Json(werkgroep, new BoardViewer(TestWorkshop.Participant().UserId, "Deelnemer 1", null, BoardViewer.Participant, null), activeShareLinks: 2);

        Assert.Equal(2, moderator.GetProperty("activeShareLinks").GetInt32());
        Assert.False(moderator.TryGetProperty("shareLinks", out _));
        Assert.Equal(0, participant.GetProperty("activeShareLinks").GetInt32());
    }

    [Fact]
    public void Build_PromotedResult_CarriesCoachPointsOnResultAndNote()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2)
            .AddNote(TestWorkshop.Moderator, "n-1", 2, "Regie versterken", TestWorkshop.Now).Ok()
            .PromoteToResult(TestWorkshop.Moderator, "n-1", "r-1", null, TestWorkshop.Now).Ok();

        var view = Json(werkgroep, ModeratorViewer);

        var result = Assert.Single(view.GetProperty("results").EnumerateArray());
        var failed = result.GetProperty("coaching").EnumerateArray().Count(c => c.GetProperty("status").GetString() == "failed");
        Assert.True(failed > 0, "a vague result gets open coach points");
        var note = view.GetProperty("steps")[1].GetProperty("notes")[0];
        Assert.Equal(failed, note.GetProperty("coachingOpen").GetInt32());
    }

    [Fact]
    public void MergeNotes_MergedNoteLeavesTheColumn()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(TestWorkshop.Moderator, "n-1", 3, "Koffieochtenden", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Moderator, "n-2", 3, "Maatjesproject", TestWorkshop.Now).Ok();

        var merged = werkgroep.MergeNotes(TestWorkshop.Moderator, "n-1", ["n-2"], TestWorkshop.Now).Ok();

        Assert.Equal(["n-1"], merged.NotesInStep(3).Select(n => n.Id));
    }

    [Fact]
    public void Build_NotesOfTwoAuthors_NameEachAuthorOnceAndPointAtThem()
    {
        var jan = TestWorkshop.Participant(1, "Welzijn Rivierenland");
        var fatima = TestWorkshop.Participant(2, "MEE Gelderse Poort");
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(1)
            .AddNote(jan, "n-1", 1, "Buurtkamer", TestWorkshop.Now).Ok()
            .AddNote(fatima, "n-2", 1, "Maatjesproject", TestWorkshop.Now).Ok()
            .AddNote(jan, "n-3", 1, "Koffieochtend", TestWorkshop.Now).Ok();

        var view = Json(werkgroep, ModeratorViewer);

        var authors = view.GetProperty("authors").EnumerateArray().ToArray();
        Assert.Equal(2, authors.Length);
        var byNote = view.GetProperty("steps")[0].GetProperty("notes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => authors[n.GetProperty("by").GetInt32()]);
        Assert.Equal("Deelnemer 1", byNote["n-3"].GetProperty("name").GetString());
        Assert.Equal("MEE Gelderse Poort", byNote["n-2"].GetProperty("organisation").GetString());
        Assert.Equal(OrganisationPalette.ColourFor("MEE Gelderse Poort"), byNote["n-2"].GetProperty("colour").GetString());
    }

    [Fact]
    public void Build_NewNoteOfSomeoneElse_CarriesOnlyIdTextAndAuthor()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(1)
            .AddNote(TestWorkshop.Participant(), "n-1", 1, "Buurtkamer", TestWorkshop.Now).Ok();

        var note = Json(werkgroep, ModeratorViewer).GetProperty("steps")[0].GetProperty("notes")[0];

        Assert.Equal(["id", "text", "by"], note.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Build_VotedAndEditedNotes_ComeOldestFirstWithTheirCounts()
    {
        var participant = TestWorkshop.Participant();
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2)
            .AddNote(TestWorkshop.Moderator, "n-1", 2, "Regie versterken", TestWorkshop.Now).Ok()
            .AddNote(participant, "n-2", 2, "Buurtkamer", TestWorkshop.Now.AddMinutes(1)).Ok()
            .EditNote(participant, "n-2", "Buurtkamer in elke kern", TestWorkshop.Now.AddMinutes(2)).Ok()
            .StartVoting(TestWorkshop.Moderator, 2, 3, TestWorkshop.Now.AddMinutes(3), showCounts: true).Ok()
            .Vote(TestWorkshop.Moderator, "n-2", TestWorkshop.Now.AddMinutes(4)).Ok();

        var notes = Json(werkgroep, ModeratorViewer).GetProperty("steps")[1].GetProperty("notes");

        Assert.Equal("n-1", notes[0].GetProperty("id").GetString());
        Assert.True(notes[0].GetProperty("mine").GetBoolean());
        var voted = notes[1];
        Assert.Equal(1, voted.GetProperty("votes").GetInt32());
        Assert.Equal(1, voted.GetProperty("myVotes").GetInt32());
        Assert.True(voted.GetProperty("edited").GetBoolean());
        Assert.False(voted.TryGetProperty("mine", out _));
    }

    // Issue 12, finding 5: during an open round nobody but a moderator who chose ShowCounts sees totals;
    // the viewer's own dots stay, and voting.countsHidden tells the page the totals are hidden, not zero.
    [Theory]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void Build_OpenVotingRound_HidesTotalsUnlessTheModeratorShowsThem(bool moderator, bool showCounts, bool expectTotals)
    {
        var participant = TestWorkshop.Participant();
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2)
            .AddNote(TestWorkshop.Moderator, "n-1", 2, "Regie versterken", TestWorkshop.Now).Ok()
            .StartVoting(TestWorkshop.Moderator, 2, 3, TestWorkshop.Now.AddMinutes(1), showCounts).Ok()
            .Vote(participant, "n-1", TestWorkshop.Now.AddMinutes(2)).Ok()
            .Vote(TestWorkshop.Moderator, "n-1", TestWorkshop.Now.AddMinutes(2)).Ok();
        var viewer = moderator ? ModeratorViewer : new BoardViewer(participant.UserId, participant.DisplayName, null, BoardViewer.Participant, null);

        var board = Json(werkgroep, viewer);
        var note = board.GetProperty("steps")[1].GetProperty("notes")[0];

        Assert.Equal(!expectTotals, board.GetProperty("voting").GetProperty("countsHidden").GetBoolean());
        Assert.Equal(expectTotals, note.TryGetProperty("votes", out _));
        if (expectTotals)
        {
            Assert.Equal(2, note.GetProperty("votes").GetInt32());
        }

        Assert.Equal(1, note.GetProperty("myVotes").GetInt32());
    }

    [Fact]
    public void Build_VotingRoundClosed_ShowsTotalsToParticipants()
    {
        var participant = TestWorkshop.Participant();
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2)
            .AddNote(TestWorkshop.Moderator, "n-1", 2, "Regie versterken", TestWorkshop.Now).Ok()
            .StartVoting(TestWorkshop.Moderator, 2, 3, TestWorkshop.Now.AddMinutes(1)).Ok()
            .Vote(participant, "n-1", TestWorkshop.Now.AddMinutes(2)).Ok()
            .CloseVoting(TestWorkshop.Moderator, TestWorkshop.Now.AddMinutes(3)).Ok();
        var viewer = new BoardViewer(participant.UserId, participant.DisplayName, null, BoardViewer.Participant, null);

        var note = Json(werkgroep, viewer).GetProperty("steps")[1].GetProperty("notes")[0];

        Assert.Equal(1, note.GetProperty("votes").GetInt32());
    }

    [Fact]
    public void Build_TwoThousandNotes_StaysUnder300KilobytesUncompressed()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2);
        for (var batch = 0; batch < 40; batch++)
        {
            var lines = Enumerable.Range(batch * 50, 50)
                .Select(i => $"Meer ontmoetingsplekken in de kernen voor 75-plussers die alleen wonen (idee {i + 1})")
                .ToArray();
            var author = TestWorkshop.Participant(batch % 25, $"Organisatie {batch % 5}");
            werkgroep = werkgroep.AddNotes(author, $"{batch:x4}c0ffee0123456", 2, lines, TestWorkshop.Now).Ok();
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(BoardViewFactory.Build(werkgroep, TestWorkshop.Traject(), ModeratorViewer, activeShareLinks: 0), JsonSerializerOptions.Web);

        Assert.Equal(2000, werkgroep.NoteCount(2));
        Assert.True(bytes.Length < 300 * 1024, $"{bytes.Length:N0} bytes");
    }

    private static JsonElement Json(Werkgroep werkgroep, BoardViewer viewer, int activeShareLinks = 0) =>
        JsonDocument.Parse(JsonSerializer.Serialize(BoardViewFactory.Build(werkgroep, TestWorkshop.Traject(), viewer, activeShareLinks), JsonSerializerOptions.Web)).RootElement;
}
