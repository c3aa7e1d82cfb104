using System.Text.Json;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.Web.Tests.Workshop;

// The step card and the board read "your votes" from the same projection, so after any sequence of
// rounds they report the same number for the same viewer and note.
public sealed class VoteRuleAgreementTests
{
    private static readonly Actor Voter = TestWorkshop.Participant();

    // Open: the dot the viewer can take back. Closed: the dot they just gave. Never the two of round 1.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CardAndBoard_AfterTwoRounds_BothCountOnlyTheVotesOfTheLastRound(bool secondRoundClosed)
    {
        var werkgroep = TwoRounds(secondRoundClosed);

        var (card, board) = ViewerVotes(werkgroep, "n-1");

        Assert.Equal(1, card);
        Assert.Equal(card, board);
    }

    [Fact]
    public void CardAndBoard_VotesOnlyInAnEarlierRound_NeitherOffersThemAsYours()
    {
        var werkgroep = TwoRounds(closeSecond: false);

        var (card, board) = ViewerVotes(werkgroep, "n-2");

        Assert.Equal(0, card);
        Assert.Equal(0, board);
        Assert.Equal(1, werkgroep.FindNote("n-2")!.VoteCount);
    }

    // Round 1: two dots on n-1, one on n-2. Round 2: one dot on n-1.
    private static Werkgroep TwoRounds(bool closeSecond)
    {
        var now = TestWorkshop.Now;
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2)
            .AddNote(Voter, "n-1", 2, "Minder eenzame ouderen", now).Ok()
            .AddNote(Voter, "n-2", 2, "Meer buurtkamers", now).Ok()
            .StartVoting(TestWorkshop.Moderator, 2, 3, now.AddMinutes(1)).Ok()
            .Vote(Voter, "n-1", now.AddMinutes(2)).Ok()
            .Vote(Voter, "n-1", now.AddMinutes(2)).Ok()
            .Vote(Voter, "n-2", now.AddMinutes(2)).Ok()
            .CloseVoting(TestWorkshop.Moderator, now.AddMinutes(3)).Ok()
            .StartVoting(TestWorkshop.Moderator, 2, 3, now.AddMinutes(4)).Ok()
            .Vote(Voter, "n-1", now.AddMinutes(5)).Ok();
        return closeSecond ? werkgroep.CloseVoting(TestWorkshop.Moderator, now.AddMinutes(6)).Ok() : werkgroep;
    }

    private static (int Card, int Board) ViewerVotes(Werkgroep werkgroep, string noteId)
    {
        var card = CardViewFactory.Step(werkgroep, 2, Voter.UserId, boardUrl: null).Notes.Single(n => n.NoteId == noteId).ViewerVotes;

        var viewer = new BoardViewer(Voter.UserId, Voter.DisplayName, Voter.Organisation, BoardViewer.Participant, null);
        var json = JsonSerializer.SerializeToElement(BoardViewFactory.Build(werkgroep, TestWorkshop.Traject(), viewer, activeShareLinks: 0), JsonSerializerOptions.Web);
        var note = json.GetProperty("steps")[1].GetProperty("notes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == noteId);
        return (card, note.TryGetProperty("myVotes", out var myVotes) ? myVotes.GetInt32() : 0);
    }
}
