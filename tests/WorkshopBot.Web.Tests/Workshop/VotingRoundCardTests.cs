using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.Web.Tests.Workshop;

// Issue 12, finding 5, from the domain to the card: dots land during an open round without moving the
// notes, and the totals stay hidden unless the moderator chose to see them.
public sealed class VotingRoundCardTests
{
    private static readonly Actor Anna = TestWorkshop.Participant(1);
    private static readonly Actor Bram = TestWorkshop.Participant(2);
    private static readonly string[] Texts = ["Buurtkamer", "Maatjes", "Huisbezoek"];

    [Fact]
    public void Step_DotsDuringOpenRound_KeepTheCardOrder()
    {
        var before = Round(showCounts: false);
        var after = before.Vote(Anna, "n-3", Later(5)).Ok().Vote(Bram, "n-3", Later(5)).Ok().Vote(Bram, "n-2", Later(6)).Ok();

        Assert.Equal(Order(before, Anna.UserId), Order(after, Anna.UserId));
        Assert.Equal(Texts, Order(after, Anna.UserId));
    }

    [Fact]
    public void Step_OpenRound_ParticipantSeesOwnDotsButNoTotals()
    {
        var werkgroep = Round(showCounts: false).Vote(Anna, "n-3", Later(5)).Ok().Vote(Bram, "n-3", Later(5)).Ok();

        var view = CardViewFactory.Step(werkgroep, 2, Anna.UserId, boardUrl: null);

        Assert.All(view.Notes, n => Assert.Null(n.Votes));
        Assert.Equal(1, view.Notes.Single(n => n.NoteId == "n-3").ViewerVotes);
        Assert.Contains(CardQuery.Texts(StepCard.Build(view, Language.Dutch)), t => t.Contains("1 stip van jou", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, 2)]
    public void Step_OpenRound_ModeratorSeesTotalsOnlyWithShowCounts(bool showCounts, int? expected)
    {
        var werkgroep = Round(showCounts).Vote(Anna, "n-3", Later(5)).Ok().Vote(Bram, "n-3", Later(5)).Ok();

        var view = CardViewFactory.Step(werkgroep, 2, TestWorkshop.Moderator.UserId, boardUrl: null);

        Assert.Equal(expected, view.Notes.Single(n => n.NoteId == "n-3").Votes);
    }

    [Fact]
    public void Step_AfterClose_RanksByVotesWithTotals()
    {
        var werkgroep = Round(showCounts: false).Vote(Anna, "n-3", Later(5)).Ok().Vote(Bram, "n-3", Later(5)).Ok()
            .CloseVoting(TestWorkshop.Moderator, Later(7)).Ok();

        var view = CardViewFactory.Step(werkgroep, 2, Anna.UserId, boardUrl: null);

        Assert.Equal(["Huisbezoek", "Buurtkamer", "Maatjes"], Order(werkgroep, Anna.UserId));
        Assert.Equal(2, view.Notes.Single(n => n.NoteId == "n-3").Votes);
    }

    // Three notes of the moderator on step 2, created in this order, and an open round.
    private static Werkgroep Round(bool showCounts)
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2);
        for (var i = 0; i < Texts.Length; i++)
        {
            werkgroep = werkgroep.AddNote(TestWorkshop.Moderator, $"n-{i + 1}", 2, Texts[i], Later(i)).Ok();
        }

        return werkgroep.StartVoting(TestWorkshop.Moderator, 2, 3, Later(4), showCounts).Ok();
    }

    private static DateTimeOffset Later(int minutes) => TestWorkshop.Now.AddMinutes(minutes);

    private static IReadOnlyList<string> Order(Werkgroep werkgroep, string viewerId) =>
        CardQuery.Texts(StepCard.Build(CardViewFactory.Step(werkgroep, 2, viewerId, boardUrl: null), Language.Dutch))
            .Where(t => Texts.Contains(t))
            .ToList();
}
