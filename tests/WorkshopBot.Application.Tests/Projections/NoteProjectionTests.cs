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

    // VisibleIn looks each author's organisation up once and skips the merge search for notes with nothing
    // merged (the burst of issue 14); every note must still read exactly as its single-note projection does:
    // a member's current organisation, a removed member's last one, a note of someone never a member its
    // own copy, merged words (also nested ones) on the target.
    [Fact]
    public void VisibleIn_BoardOfMembersFormerMembersAndMerges_EachNoteReadsAsItsOwnProjection()
    {
        var anna = TestWorkshop.Participant(1, "Welzijn Rivierenland");
        var bram = TestWorkshop.Participant(2, "GGD Gelderland-Zuid");
        var cor = TestWorkshop.Participant(3, "Bibliotheek Rivierenland");
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(anna, "n-1", 3, "Buurtkamer", TestWorkshop.Now).Ok()
            .AddNote(bram, "n-2", 3, "Koffieochtend", TestWorkshop.Now).Ok()
            .AddNote(bram, "n-3", 3, "Maatjes", TestWorkshop.Now).Ok()
            .AddNote(cor, "n-4", 3, "Samen eten", TestWorkshop.Now).Ok()
            .AddNote(anna, "n-5", 3, "Wandelgroep", TestWorkshop.Now).Ok()
            .SetOrganisation(anna, anna.UserId, "Zorgcentrum De Linde", TestWorkshop.Now).Ok()
            .MergeNotes(TestWorkshop.Moderator, "n-2", ["n-3"], TestWorkshop.Now).Ok()
            .MergeNotes(TestWorkshop.Moderator, "n-1", ["n-2"], TestWorkshop.Now).Ok()
            .RemoveMember(TestWorkshop.Moderator, cor.UserId, TestWorkshop.Now).Ok();
        var stranger = TestWorkshop.Participant(4, "Gemeente Tiel");
        werkgroep = werkgroep with
        {
            Notes = [.. werkgroep.Notes, werkgroep.Notes[0] with { Id = "n-6", AuthorId = stranger.UserId, Organisation = "Gemeente Tiel", MergedFromIds = [] }],
        };

        var notes = NoteProjection.VisibleIn(werkgroep, 3, anna.UserId);

        Assert.Equal(werkgroep.NotesInStep(3).Select(n => NoteProjection.Of(werkgroep, n, anna.UserId)), notes, new ProjectionComparer());
        Assert.Equal("Zorgcentrum De Linde", notes.Single(n => n.Id == "n-5").AuthorOrganisation);
        Assert.Equal("Bibliotheek Rivierenland", notes.Single(n => n.Id == "n-4").AuthorOrganisation);
        Assert.Equal("Gemeente Tiel", notes.Single(n => n.Id == "n-6").AuthorOrganisation);
        Assert.Equal(["Koffieochtend", "Maatjes"], notes.Single(n => n.Id == "n-1").MergedTexts);
    }

    // Records compare lists by reference; the projection's merged texts are compared by content.
    private sealed class ProjectionComparer : IEqualityComparer<NoteProjection>
    {
        public bool Equals(NoteProjection? x, NoteProjection? y) =>
            x is not null && y is not null
            && (x with { MergedTexts = [] }) == (y with { MergedTexts = [] })
            && x.MergedTexts.SequenceEqual(y.MergedTexts);

        public int GetHashCode(NoteProjection obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
