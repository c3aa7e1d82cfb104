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
}
