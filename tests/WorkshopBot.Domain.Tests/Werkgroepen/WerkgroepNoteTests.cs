using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class WerkgroepNoteTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1, "Welzijn Rivierenland");
    private static readonly Actor Bram = TestWorkshop.Participant(2, "Sociaal Team");

    private readonly Werkgroep _board = TestWorkshop.Werkgroep().WithOpenStep(3);

    [Fact]
    public void AddNote_NewParticipant_JoinsAndNoteCarriesAuthorAndTrimmedText()
    {
        var change = _board.AddNote(Anna, "n-1", 3, "   Buurtkamer in Dodewaard  ", Now).Value;

        var note = change.Aggregate.FindNote("n-1")!;
        Assert.Equal("Buurtkamer in Dodewaard", note.Text);
        Assert.Equal(Anna.UserId, note.AuthorId);
        Assert.Equal("Welzijn Rivierenland", note.Organisation);
        Assert.True(change.Aggregate.IsMember(Anna.UserId));
        Assert.Equal(_board.Version + 1, change.Aggregate.Version);
    }

    [Fact]
    public void AddNote_EmitsAuditEventsWithWhoAndWhenButNotTheText()
    {
        var at = Now.AddMinutes(12);

        var events = _board.AddNote(Anna, "n-1", 3, "Geheime gedachte", at).Value.Events;

        Assert.Equal([WorkshopEventKinds.MemberJoined, WorkshopEventKinds.NoteAdded], events.Select(e => e.Kind).ToArray());
        Assert.All(events, e =>
        {
            Assert.Equal(Anna.UserId, e.ActorId);
            Assert.Equal(Anna.DisplayName, e.ActorName);
            Assert.Equal(at, e.At);
            Assert.Equal(_board.Version + 1, e.Sequence);
            Assert.Equal("t-1", e.TrajectId);
            Assert.Equal("w-1", e.AggregateId);
            Assert.DoesNotContain("Geheime", e.Details, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AddNote_SameIdAgain_SucceedsWithoutChange()
    {
        var once = _board.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Ok();

        var again = once.AddNote(Anna, "n-1", 3, "Buurtkamer", Now);

        Assert.True(again.IsSuccess);
        Assert.False(again.Value.HasChanges);
        Assert.Same(once, again.Value.Aggregate);
        Assert.Single(again.Value.Aggregate.Notes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void AddNote_EmptyText_IsRefused(string text)
    {
        Assert.Equal(DomainErrorCodes.EmptyText, _board.AddNote(Anna, "n-1", 3, text, Now).Error?.Code);
    }

    [Fact]
    public void AddNote_501Characters_IsRefusedWithLimit()
    {
        var result = _board.AddNote(Anna, "n-1", 3, new string('a', 501), Now);

        Assert.Equal(DomainErrorCodes.NoteTooLong, result.Error?.Code);
        Assert.Equal(500, result.Error?.Limit);
    }

    [Fact]
    public void AddNote_500CharactersAfterTrimming_IsAccepted()
    {
        Assert.True(_board.AddNote(Anna, "n-1", 3, "  " + new string('a', 500) + "  ", Now).IsSuccess);
    }

    [Fact]
    public void AddNote_201stNoteOfOnePersonInOneStep_IsRefused()
    {
        var board = _board.WithOpenStep(4);
        for (int batch = 0; batch < 4; batch++)
        {
            board = board.AddNotes(Anna, $"b{batch}", 3, Enumerable.Range(1, 50).Select(i => $"Idee {batch}-{i}").ToArray(), Now).Ok();
        }

        var tooMany = board.AddNote(Anna, "n-extra", 3, "Nog één", Now);

        Assert.Equal(DomainErrorCodes.TooManyNotes, tooMany.Error?.Code);
        Assert.Equal(200, tooMany.Error?.Limit);
        Assert.True(board.AddNote(Bram, "n-bram", 3, "Van iemand anders", Now).IsSuccess);
        Assert.True(board.AddNote(Anna, "n-step4", 4, "In een andere stap", Now).IsSuccess);
    }

    [Fact]
    public void AddNotes_Lines_AddsOneNotePerNonBlankLine()
    {
        var board = _board.AddNotes(Anna, "act-1", 3, NoteLines.Split("- Buurtkamer\n\n• Maatjesproject\r\n  Inloopspreekuur  "), Now).Ok();

        Assert.Equal(["Buurtkamer", "Maatjesproject", "Inloopspreekuur"], board.NotesInStep(3).Select(n => n.Text).ToArray());
        Assert.Equal(["act-1-1", "act-1-2", "act-1-3"], board.NotesInStep(3).Select(n => n.Id).ToArray());
    }

    [Fact]
    public void AddNotes_RedeliveredBatch_ChangesNothing()
    {
        string[] lines = ["Buurtkamer", "Maatjesproject"];
        var board = _board.AddNotes(Anna, "act-1", 3, lines, Now).Ok();

        var again = board.AddNotes(Anna, "act-1", 3, lines, Now);

        Assert.False(again.Value.HasChanges);
        Assert.Equal(2, again.Value.Aggregate.NoteCount(3));
    }

    [Fact]
    public void AddNotes_OneLineTooLong_AddsNothing()
    {
        var result = _board.AddNotes(Anna, "act-1", 3, ["Kort", new string('x', 501)], Now);

        Assert.Equal(DomainErrorCodes.NoteTooLong, result.Error?.Code);
    }

    [Fact]
    public void EditNote_OwnNote_ChangesText()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Ok();

        var edited = board.EditNote(Anna, "n-1", "Buurtkamer in elk dorp", Now.AddMinutes(1)).Ok();

        Assert.Equal("Buurtkamer in elk dorp", edited.FindNote("n-1")!.Text);
        Assert.Equal(Now.AddMinutes(1), edited.FindNote("n-1")!.EditedAt);
    }

    [Fact]
    public void EditNote_SomeoneElsesNote_IsRefused()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Ok();

        Assert.Equal(DomainErrorCodes.NotAuthor, board.EditNote(Bram, "n-1", "Overschreven", Now).Error?.Code);
        Assert.Equal(DomainErrorCodes.NotAuthor, board.DeleteNote(Bram, "n-1", Now).Error?.Code);
    }

    [Fact]
    public void EditNote_Moderator_MayEditAnyNote()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Buurtkamr", Now).Ok();

        Assert.Equal("Buurtkamer", board.EditNote(Moderator, "n-1", "Buurtkamer", Now).Ok().FindNote("n-1")!.Text);
    }

    [Fact]
    public void DeleteNote_OwnNote_HidesItAndKeepsIdUsed()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Ok();

        var deleted = board.DeleteNote(Anna, "n-1", Now).Ok();

        Assert.Empty(deleted.NotesInStep(3));
        Assert.False(deleted.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Value.HasChanges);
        Assert.Empty(deleted.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Value.Aggregate.NotesInStep(3));
    }

    [Fact]
    public void DeleteNote_Unknown_IsNotFound()
    {
        Assert.Equal(DomainErrorCodes.NotFound, _board.DeleteNote(Anna, "nope", Now).Error?.Code);
    }

    [Fact]
    public void VisibleNotes_SilentStep_ShowsOnlyOwnNotesToEveryoneIncludingModerator()
    {
        var board = _board.StartSilent(Moderator, 3, Now).Ok();
        board = board.AddNote(Anna, "n-a", 3, "Van Anna", Now).Ok();
        board = board.AddNote(Bram, "n-b", 3, "Van Bram", Now).Ok();

        Assert.Equal(["n-a"], board.VisibleNotes(Anna.UserId, 3).Select(n => n.Id).ToArray());
        Assert.Equal(["n-b"], board.VisibleNotes(Bram.UserId, 3).Select(n => n.Id).ToArray());
        Assert.Empty(board.VisibleNotes(Moderator.UserId, 3));
        Assert.Equal(2, board.HiddenNoteCount(Moderator.UserId, 3));
        Assert.Equal(1, board.HiddenNoteCount(Anna.UserId, 3));
    }

    [Fact]
    public void Reveal_SilentStep_ShowsEveryonesNotes()
    {
        var board = _board.StartSilent(Moderator, 3, Now).Ok();
        board = board.AddNote(Anna, "n-a", 3, "Van Anna", Now).Ok();
        board = board.AddNote(Bram, "n-b", 3, "Van Bram", Now).Ok();

        var revealed = board.Reveal(Moderator, 3, Now).Ok();

        Assert.Equal(2, revealed.VisibleNotes(Anna.UserId, 3).Count);
        Assert.Equal(0, revealed.HiddenNoteCount(Anna.UserId, 3));
        Assert.Equal(DomainErrorCodes.NotSilent, revealed.Reveal(Moderator, 3, Now).Error?.Code);
    }

    [Fact]
    public void MergeNotes_Duplicates_SumsVotesOnTargetAndHidesSources()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Koffieochtend", Now).Ok();
        board = board.AddNote(Bram, "n-2", 3, "Koffie-ochtend", Now).Ok();
        board = board.AddNote(Bram, "n-3", 3, "Koffie in het dorpshuis", Now).Ok();
        board = board.StartVoting(Moderator, 3, 5, Now).Ok();
        board = board.Vote(Anna, "n-1", Now).Ok();
        board = board.Vote(Bram, "n-2", Now).Ok();
        board = board.Vote(Bram, "n-2", Now).Ok();
        board = board.Vote(Anna, "n-3", Now).Ok();

        var merged = board.MergeNotes(Moderator, "n-1", ["n-2", "n-3"], Now).Ok();

        var target = Assert.Single(merged.NotesInStep(3));
        Assert.Equal("n-1", target.Id);
        Assert.Equal(4, target.VoteCount);
        Assert.Equal(["n-2", "n-3"], target.MergedFromIds.ToArray());
        Assert.Equal("n-1", merged.FindNote("n-2")!.MergedIntoId);
        Assert.Equal(DomainErrorCodes.NoteRemoved, merged.Vote(Anna, "n-2", Now).Error?.Code);
        Assert.Equal(2, merged.DotsUsed(Anna.UserId));
    }

    [Fact]
    public void MergeNotes_AcrossSteps_IsRefused()
    {
        var board = _board.WithOpenStep(4).AddNote(Anna, "n-1", 3, "A", Now).Ok().AddNote(Anna, "n-2", 4, "B", Now).Ok();

        var result = board.MergeNotes(Moderator, "n-1", ["n-2"], Now);

        Assert.Equal(DomainErrorCodes.WrongStep, result.Error?.Code);
    }

    [Fact]
    public void MoveNote_Moderator_MovesNoteToOtherStep()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Eigenlijk een resultaat", Now).Ok();

        var moved = board.MoveNote(Moderator, "n-1", 2, Now).Ok();

        Assert.Empty(moved.NotesInStep(3));
        Assert.Equal("n-1", Assert.Single(moved.NotesInStep(2)).Id);
    }

    [Fact]
    public void MoveNote_IntoLockedStep_IsRefusedWithThatStep()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Idee", Now).Ok().LockStep(Moderator, 2, Now).Ok();

        var result = board.MoveNote(Moderator, "n-1", 2, Now);

        Assert.Equal(DomainErrorCodes.StepLocked, result.Error?.Code);
        Assert.Equal(2, result.Error?.Step);
    }

    [Fact]
    public void MoveNote_AuthorToOtherOpenStep_MovesOwnNoteAndLeavesCluster()
    {
        var board = _board.WithOpenStep(2).AddNote(Anna, "n-1", 3, "Eigenlijk een resultaat", Now).Ok()
            .SetCluster(Moderator, "n-1", "Ontmoeting", Now).Ok();

        var change = board.MoveNote(Anna, "n-1", 2, Now).Value;

        var moved = change.Aggregate.FindNote("n-1")!;
        Assert.Equal(2, moved.Step);
        Assert.Null(moved.Cluster);
        Assert.Empty(change.Aggregate.NotesInStep(3));
        Assert.Equal(WorkshopEventKinds.NoteMoved, Assert.Single(change.Events).Kind);
    }

    [Fact]
    public void MoveNote_ParticipantMovesSomeoneElsesNote_IsRefused()
    {
        var board = _board.WithOpenStep(2).AddNote(Anna, "n-1", 3, "Idee van Anna", Now).Ok();

        var result = board.MoveNote(Bram, "n-1", 2, Now);

        Assert.Equal(DomainErrorCodes.NotAuthor, result.Error?.Code);
        Assert.Equal(3, board.FindNote("n-1")!.Step);
    }

    [Theory]
    [InlineData(StepStatus.Closed, DomainErrorCodes.StepClosed)]
    [InlineData(StepStatus.Locked, DomainErrorCodes.StepLocked)]
    public void MoveNote_AuthorIntoStepThatIsNotOpen_IsRefusedWithThatStep(StepStatus status, string code)
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Idee", Now).Ok();
        if (status == StepStatus.Locked)
        {
            board = board.LockStep(Moderator, 2, Now).Ok();
        }

        var result = board.MoveNote(Anna, "n-1", 2, Now);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(2, result.Error?.Step);
    }

    [Fact]
    public void MoveNote_AuthorOutOfLockedStep_IsRefused()
    {
        var board = _board.WithOpenStep(2).AddNote(Anna, "n-1", 3, "Idee", Now).Ok().LockStep(Moderator, 3, Now).Ok();

        var result = board.MoveNote(Anna, "n-1", 2, Now);

        Assert.Equal(DomainErrorCodes.StepLocked, result.Error?.Code);
        Assert.Equal(3, result.Error?.Step);
    }

    [Fact]
    public void MoveNote_ModeratorIntoClosedStep_MovesSomeoneElsesNote()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Hoort bij de monitoring", Now).Ok();

        var moved = board.MoveNote(Moderator, "n-1", 1, Now).Ok();

        Assert.Equal(1, moved.FindNote("n-1")!.Step);
    }

    [Fact]
    public void MoveNote_SameStep_ChangesNothing()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Idee", Now).Ok();

        var result = board.MoveNote(Anna, "n-1", 3, Now);

        Assert.True(result.IsSuccess);
        Assert.False(result.Value.HasChanges);
    }

    [Fact]
    public void MergedNotes_AfterMerges_ListsEverySourceAlsoThoseMergedEarlierAndKeepsTargetText()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Koffieochtenden in de buurthuizen", Now).Ok()
            .AddNote(Bram, "n-2", 3, "Maatjesproject", Now).Ok()
            .AddNote(Bram, "n-3", 3, "Maatjes via de kerk", Now).Ok()
            .AddNote(Anna, "n-4", 3, "Samen eten", Now).Ok();
        board = board.MergeNotes(Moderator, "n-2", ["n-3"], Now).Ok();

        var merged = board.MergeNotes(Moderator, "n-1", ["n-2", "n-4"], Now).Ok();

        Assert.Equal(["Maatjesproject", "Maatjes via de kerk", "Samen eten"], merged.MergedNotes("n-1").Select(n => n.Text).ToArray());
        Assert.Equal("Koffieochtenden in de buurthuizen", merged.FindNote("n-1")!.Text);
        Assert.Empty(merged.MergedNotes("n-4"));
    }

    [Fact]
    public void MergeNotes_RedeliveredAfterMerge_ChangesNothingAndListsSourceOnce()
    {
        var board = _board.AddNote(Anna, "n-1", 3, new string('a', 500), Now).Ok()
            .AddNote(Bram, "n-2", 3, new string('b', 500), Now).Ok();
        var merged = board.MergeNotes(Moderator, "n-1", ["n-2"], Now).Ok();

        var again = merged.MergeNotes(Moderator, "n-1", ["n-2"], Now);

        Assert.False(again.Value.HasChanges);
        Assert.Single(again.Value.Aggregate.MergedNotes("n-1"));
        Assert.Equal(500, again.Value.Aggregate.FindNote("n-1")!.Text.Length);
    }

    [Fact]
    public void SetCluster_Moderator_LabelsNote()
    {
        var board = _board.AddNote(Anna, "n-1", 3, "Idee", Now).Ok();

        var labelled = board.SetCluster(Moderator, "n-1", " Ontmoeting ", Now).Ok();

        Assert.Equal("Ontmoeting", labelled.FindNote("n-1")!.Cluster);
    }
}
