using WorkshopBot.Application.Projections;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests.Projections;

public sealed class NoteProjectionTests
{
    [Fact]
    public void VisibleIn_SilentStep_ShowsOnlyTheViewersNotesAndMergedWords()
    {
        var anna = TestWorkshop.Participant(1);
        var bram = TestWorkshop.Participant(2);
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .StartSilent(TestWorkshop.Moderator, 3, TestWorkshop.Now).Ok()
            .AddNote(anna, "n-1", 3, "Buurtkamer", TestWorkshop.Now).Ok()
            .AddNote(anna, "n-2", 3, "Koffieochtend", TestWorkshop.Now).Ok()
            .AddNote(bram, "n-3", 3, "Maatjes", TestWorkshop.Now).Ok()
            .MergeNotes(TestWorkshop.Moderator, "n-1", ["n-2", "n-3"], TestWorkshop.Now).Ok();

        var note = Assert.Single(NoteProjection.VisibleIn(werkgroep, 3, anna.UserId));

        Assert.Equal("n-1", note.Id);
        Assert.True(note.IsMine);
        Assert.Equal(["Koffieochtend"], note.MergedTexts);
        Assert.Empty(NoteProjection.VisibleIn(werkgroep, 3, viewerId: null));
    }

    [Fact]
    public void Of_NoViewer_OwnsNothingAndHasNoVotes()
    {
        var anna = TestWorkshop.Participant(1);
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(anna, "n-1", 3, "Buurtkamer", TestWorkshop.Now).Ok()
            .StartVoting(TestWorkshop.Moderator, 3, 2, TestWorkshop.Now).Ok()
            .Vote(anna, "n-1", TestWorkshop.Now).Ok();

        var note = NoteProjection.Of(werkgroep, werkgroep.FindNote("n-1")!, viewerId: null);

        Assert.False(note.IsMine);
        Assert.Equal(0, note.ViewerVotes);
        Assert.Equal(1, note.Votes);
        Assert.Equal(TestWorkshop.Now.UtcTicks, note.Version);
    }
}
