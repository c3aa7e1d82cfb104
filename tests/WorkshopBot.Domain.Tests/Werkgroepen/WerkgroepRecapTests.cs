using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class WerkgroepRecapTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1);
    private static readonly Actor Bram = TestWorkshop.Participant(2);

    [Fact]
    public void RecapSince_MeetingStart_CountsOnlyThatMeeting()
    {
        var board = TestWorkshop.Werkgroep().WithOpenStep(3).AddNote(Anna, "old", 3, "Vorige keer", Now.AddDays(-7)).Ok();
        var meeting = Now;
        board = board.AddNote(Anna, "n-1", 3, "Buurtkamer", meeting.AddMinutes(5)).Ok();
        board = board.AddNote(Bram, "n-2", 3, "Maatjes", meeting.AddMinutes(6)).Ok();
        board = board.StartVoting(Moderator, 3, 3, meeting).Ok().Vote(Anna, "n-2", meeting.AddMinutes(20)).Ok().Vote(Bram, "n-2", meeting.AddMinutes(20)).Ok();
        board = board.PromoteToActivity(Moderator, "n-2", "a-1", meeting.AddMinutes(30)).Ok();

        var recap = board.RecapSince(meeting);

        Assert.Equal(new WerkgroepRecap(NotesAdded: 2, VotesCast: 2, ItemsPromoted: 1, ItemsProposed: 0, ItemsVastgesteld: 0, Contributors: 3), recap);
    }

    [Fact]
    public void FromEvents_BetweenVersions_CountsChangesInWindow()
    {
        var board = TestWorkshop.Werkgroep().WithOpenStep(3);
        int from = board.Version;
        var events = new List<WorkshopBot.Domain.Audit.WorkshopEvent>();
        foreach (var step in new Func<Werkgroep, DomainResult<Change<Werkgroep>>>[]
        {
            w => w.AddNotes(Anna, "b", 3, ["Een", "Twee"], Now),
            w => w.StartVoting(Moderator, 3, 2, Now),
            w => w.Vote(Bram, "b-1", Now),
            w => w.Vote(Bram, "b-1", Now),
            w => w.Unvote(Bram, "b-1", Now),
        })
        {
            var change = step(board).Value;
            events.AddRange(change.Events);
            board = change.Aggregate;
        }

        var recap = WerkgroepRecap.FromEvents(events, board.Id, from, board.Version);

        Assert.Equal(2, recap.NotesAdded);
        Assert.Equal(1, recap.VotesCast);
        Assert.Equal(2, recap.Contributors);
    }
}
