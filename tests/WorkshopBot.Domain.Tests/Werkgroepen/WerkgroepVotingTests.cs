using WorkshopBot.Domain;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class WerkgroepVotingTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1);
    private static readonly Actor Bram = TestWorkshop.Participant(2);

    private readonly Werkgroep _board = TestWorkshop.Werkgroep()
        .WithOpenStep(3)
        .WithOpenStep(4)
        .AddNote(TestWorkshop.Participant(1), "n-1", 3, "Buurtkamer", TestWorkshop.Now).Ok()
        .AddNote(TestWorkshop.Participant(2), "n-2", 3, "Maatjes", TestWorkshop.Now.AddSeconds(1)).Ok()
        .AddNote(TestWorkshop.Participant(2), "n-4", 4, "Training", TestWorkshop.Now).Ok();

    [Fact]
    public void Vote_NoOpenRound_IsRefused()
    {
        Assert.Equal(DomainErrorCodes.VotingClosed, _board.Vote(Anna, "n-1", Now).Error?.Code);
    }

    [Fact]
    public void Vote_BeyondDotsPerPerson_IsRefusedWithLimit()
    {
        var board = _board.StartVoting(Moderator, 3, 2, Now).Ok();
        board = board.Vote(Anna, "n-1", Now).Ok();
        board = board.Vote(Anna, "n-2", Now).Ok();

        var third = board.Vote(Anna, "n-2", Now);

        Assert.Equal(DomainErrorCodes.VoteLimit, third.Error?.Code);
        Assert.Equal(2, third.Error?.Limit);
        Assert.Equal(0, board.DotsLeft(Anna.UserId));
        Assert.True(board.Vote(Bram, "n-1", Now).IsSuccess);
    }

    [Fact]
    public void Vote_SeveralDotsOnOneNote_AreAllowedWithinLimit()
    {
        var board = _board.StartVoting(Moderator, 3, 3, Now).Ok();

        board = board.Vote(Anna, "n-2", Now).Ok().Vote(Anna, "n-2", Now).Ok().Vote(Anna, "n-2", Now).Ok();

        Assert.Equal(3, board.FindNote("n-2")!.VoteCount);
        Assert.Equal(["n-2", "n-1"], board.NotesInStep(3).Select(n => n.Id).ToArray());
    }

    [Fact]
    public void Vote_NoteOfOtherStep_IsRefused()
    {
        var board = _board.StartVoting(Moderator, 3, 3, Now).Ok();

        var result = board.Vote(Anna, "n-4", Now);

        Assert.Equal(DomainErrorCodes.WrongStep, result.Error?.Code);
        Assert.Equal(3, result.Error?.Step);
    }

    [Fact]
    public void Unvote_GivesDotBack()
    {
        var board = _board.StartVoting(Moderator, 3, 1, Now).Ok().Vote(Anna, "n-1", Now).Ok();

        var unvoted = board.Unvote(Anna, "n-1", Now).Ok();

        Assert.Equal(0, unvoted.FindNote("n-1")!.VoteCount);
        Assert.True(unvoted.Vote(Anna, "n-2", Now).IsSuccess);
        Assert.Equal(DomainErrorCodes.NoVote, unvoted.Unvote(Anna, "n-1", Now).Error?.Code);
    }

    [Fact]
    public void StartVoting_NewRound_KeepsOldVotesButResetsDots()
    {
        var board = _board.StartVoting(Moderator, 3, 1, Now).Ok().Vote(Anna, "n-1", Now).Ok().CloseVoting(Moderator, Now).Ok();

        var second = board.StartVoting(Moderator, 3, 1, Now).Ok();

        Assert.Equal(2, second.Voting!.Round);
        Assert.Equal(1, second.DotsLeft(Anna.UserId));
        Assert.Equal(2, second.Vote(Anna, "n-1", Now).Ok().FindNote("n-1")!.VoteCount);
    }

    [Fact]
    public void StartVoting_WhileRoundOpen_IsRefused()
    {
        var board = _board.StartVoting(Moderator, 3, 1, Now).Ok();

        Assert.Equal(DomainErrorCodes.VotingOpen, board.StartVoting(Moderator, 4, 1, Now).Error?.Code);
    }

    [Fact]
    public void DeleteNote_WithMyDot_GivesTheDotBack()
    {
        var board = _board.StartVoting(Moderator, 3, 1, Now).Ok().Vote(Anna, "n-2", Now).Ok();

        var deleted = board.DeleteNote(Bram, "n-2", Now).Ok();

        Assert.Equal(1, deleted.DotsLeft(Anna.UserId));
        Assert.True(deleted.Vote(Anna, "n-1", Now).IsSuccess);
    }

    [Fact]
    public void DotsOn_SecondRound_CountsOnlyTheDotsOfThatRound()
    {
        var board = _board.StartVoting(Moderator, 3, 3, Now).Ok()
            .Vote(Anna, "n-1", Now).Ok()
            .Vote(Anna, "n-1", Now).Ok()
            .CloseVoting(Moderator, Now).Ok()
            .StartVoting(Moderator, 3, 3, Now).Ok()
            .Vote(Anna, "n-1", Now).Ok();

        var note = board.FindNote("n-1")!;

        Assert.Equal(1, board.DotsOn(note, Anna.UserId));
        Assert.Equal(3, note.VoteCount);
        Assert.Equal(2, board.DotsLeft(Anna.UserId));
    }

    [Fact]
    public void DotsOn_NoRoundYet_IsZero()
    {
        Assert.Equal(0, _board.DotsOn(_board.FindNote("n-1")!, Anna.UserId));
    }

    [Fact]
    public void StartVoting_WithoutShowCounts_HidesCountsFromEveryoneUntilClosed()
    {
        var board = _board.StartVoting(Moderator, 3, 2, Now).Ok().Vote(Anna, "n-1", Now).Ok();

        Assert.False(board.Voting!.ShowCounts);
        Assert.False(board.VoteCountsVisible(Anna.UserId, 3));
        Assert.False(board.VoteCountsVisible(Moderator.UserId, 3));
        Assert.False(board.VoteCountsVisible(null, 3));
        Assert.True(board.VoteCountsVisible(Anna.UserId, 4));
        Assert.True(board.CloseVoting(Moderator, Now).Ok().VoteCountsVisible(Anna.UserId, 3));
    }

    [Fact]
    public void StartVoting_WithShowCounts_ShowsCountsToTheModeratorOnly()
    {
        var board = _board.StartVoting(Moderator, 3, 2, Now, showCounts: true).Ok();

        Assert.True(board.Voting!.ShowCounts);
        Assert.True(board.VoteCountsVisible(Moderator.UserId, 3));
        Assert.False(board.VoteCountsVisible(Anna.UserId, 3));
        Assert.False(board.VoteCountsVisible(null, 3));
    }

    [Fact]
    public void StartVoting_NextRound_DoesNotInheritShowCounts()
    {
        var board = _board.StartVoting(Moderator, 3, 2, Now, showCounts: true).Ok().CloseVoting(Moderator, Now).Ok();

        var next = board.StartVoting(Moderator, 3, 2, Now).Ok();

        Assert.False(next.Voting!.ShowCounts);
        Assert.False(next.VoteCountsVisible(Moderator.UserId, 3));
    }
}
