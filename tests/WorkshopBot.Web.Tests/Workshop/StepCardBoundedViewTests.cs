using WorkshopBot.Application.Projections;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.Web.Tests.Workshop;

// Issue 14: the view factory hands the step card only the notes it can list, with the totals counted on the
// whole step, so a card costs the same on any board. The card must be exactly the one built from every
// visible note: same notes, same order, same counts and "… en N meer", for every viewer and step state.
public sealed class StepCardBoundedViewTests
{
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor[] Partners = [.. Enumerable.Range(1, 5).Select(i => TestWorkshop.Participant(i, $"Partner {i}"))];
    private static readonly string[] Clusters = ["Ontmoeten", "Signaleren", " Ontmoeten ", ""];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in new[] { "plain", "voting", "silent", "revealed-after-votes" })
        {
            foreach (var viewer in new[] { "moderator", "busy-partner", "quiet-partner", "newcomer", "shared" })
            {
                data.Add(state, viewer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BoundedView_BuildsTheSameCardAsEveryVisibleNote(string state, string viewer)
    {
        var werkgroep = Board(state);
        var viewerId = viewer switch
        {
            "moderator" => Moderator.UserId,
            "busy-partner" => Partners[0].UserId,
            "quiet-partner" => Partners[4].UserId,
            "newcomer" => TestWorkshop.Participant(9).UserId,
            _ => null,
        };

        var bounded = CardViewFactory.Step(werkgroep, 3, viewerId, "https://bord.example/w-1");
        var full = bounded with { Notes = EveryVisibleNote(werkgroep, viewerId), Totals = null };

        Assert.True(bounded.Notes.Count <= StepCard.OwnNoteBudget + StepCard.NoteBudget);
        Assert.Equal(CardJson.Serialize(StepCard.Build(full, Language.Dutch)), CardJson.Serialize(StepCard.Build(bounded, Language.Dutch)));
    }

    [Fact]
    public void LargeBoard_ViewHoldsOnlyWhatTheCardListsAndCountsTheRest()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        for (var i = 0; i < 500; i++)
        {
            werkgroep = werkgroep.AddNote(i % 10 == 0 ? Partners[0] : Partners[1 + i % 4], $"n-{i:D3}", 3, $"Idee {i}", Later(i)).Ok();
        }

        var view = CardViewFactory.Step(werkgroep, 3, Partners[0].UserId, "https://bord.example/w-1");
        var card = StepCard.Build(view, Language.Dutch);

        Assert.Equal(StepCard.OwnNoteBudget + StepCard.NoteBudget, view.Notes.Count);
        Assert.Equal(new NoteListTotals(500, 50, 5), view.Totals);
        Assert.Contains("500 notities van 5 deelnemers", CardQuery.Texts(card));
        Assert.Contains("Jouw notities (50)", CardQuery.Texts(card));
        Assert.Contains($"… en {500 - StepCard.NoteBudget} meer — alle notities op het bord.", CardQuery.Texts(card));
    }

    // 40 notes from the moderator and five partners (the first partner writes most), some clustered, then the
    // state under test: an open round with dots cast, a silent brainstorm, or a closed round's votes.
    private static Werkgroep Board(string state)
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        Actor[] people = [Moderator, .. Partners];
        if (state == "silent")
        {
            werkgroep = werkgroep.StartSilent(Moderator, 3, Later(0)).Ok();
        }

        for (var i = 0; i < 40; i++)
        {
            var author = i % 3 == 0 ? Partners[0] : people[i % people.Length];
            werkgroep = werkgroep.AddNote(author, $"n-{i:D2}", 3, $"Idee {i} van {author.DisplayName}", Later(i + 1)).Ok();
            if (i % 4 != 3)
            {
                werkgroep = werkgroep.SetCluster(Moderator, $"n-{i:D2}", Clusters[i % Clusters.Length], Later(i + 1)).Ok();
            }
        }

        if (state is "voting" or "revealed-after-votes")
        {
            werkgroep = werkgroep.StartVoting(Moderator, 3, dotsPerPerson: 3, Later(50), showCounts: true).Ok();
            foreach (var (voter, index) in people.Select((p, i) => (p, i)))
            {
                werkgroep = werkgroep.Vote(voter, $"n-{(index * 7) % 40:D2}", Later(51)).Ok();
                werkgroep = werkgroep.Vote(voter, $"n-{(index * 3 + 5) % 40:D2}", Later(51)).Ok();
            }

            if (state == "revealed-after-votes")
            {
                werkgroep = werkgroep.CloseVoting(Moderator, Later(52)).Ok();
            }
        }

        return werkgroep;
    }

    // Every note the viewer may see, as the card would get them without the factory's bound.
    private static List<NoteView> EveryVisibleNote(Werkgroep werkgroep, string? viewerId)
    {
        var countsVisible = werkgroep.VoteCountsVisible(viewerId, 3);
        return [.. NoteProjection.VisibleIn(werkgroep, 3, viewerId).Select(note => CardViewFactory.Note(note, countsVisible))];
    }

    private static DateTimeOffset Later(int minutes) => TestWorkshop.Now.AddMinutes(minutes);
}
