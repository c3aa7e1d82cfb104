using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Privacy;

// Issue 13, finding 6: what "forget" keeps, pseudonymises or removes per kind of data.
public sealed class ForgetTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Fatma = new("7d0c6a4e-1b2f-4c3d-9e8f-0a1b2c3d4e5f", "Fatma Yilmaz", "Welzijn Rivierenland", "29:1fatma");
    private static readonly Actor Bram = new("0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "Bram de Boer", "Bibliotheek Tiel", "29:1bram");

    private static Werkgroep Board() =>
        TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(Fatma, "n-1", 3, "Buurtlunch voor ouderen", Now).Ok()
            .AddNote(Bram, "n-2", 3, "Bibliotheek als huiskamer", Now).Ok()
            .StartVoting(Moderator, 3, 3, Now).Ok()
            .Vote(Fatma, "n-2", Now).Ok()
            .Vote(Bram, "n-1", Now).Ok()
            .CloseVoting(Moderator, Now).Ok()
            .ProposeResult(Fatma, "r-1", ResultLevel.Samenleving, new ResultDraft { Statement = "Minder eenzame ouderen" }, Now).Ok();

    [Fact]
    public void Forget_ByTeamsIdOnly_RemovesMembershipAndPseudonymisesAuthorshipVotesAndItemsButKeepsTheText()
    {
        var board = Board();
        var person = new PersonIds(["29:1fatma"]).With(board.KnownIdsOf(new PersonIds(["29:1fatma"])));

        var change = board.Forget(person, eraseNotes: false, Now.AddDays(1));

        var forgotten = change.Aggregate;
        Assert.False(forgotten.IsMember(Fatma.UserId));
        Assert.DoesNotContain(forgotten.Members.Concat(forgotten.FormerMembers), m => m.Name == "Fatma Yilmaz");
        var note = forgotten.FindNote("n-1")!;
        Assert.Equal(("Buurtlunch voor ouderen", person.Pseudonym, person.Pseudonym), (note.Text, note.AuthorId, note.AuthorName));
        Assert.Equal([person.Pseudonym], forgotten.FindNote("n-2")!.Votes.Select(v => v.UserId));
        Assert.Equal([Bram.UserId], forgotten.FindNote("n-1")!.Votes.Select(v => v.UserId));
        Assert.Equal((person.Pseudonym, person.Pseudonym), (forgotten.Results[0].CreatedById, forgotten.Results[0].CreatedByName));
        var e = Assert.Single(change.Events);
        Assert.Equal((WorkshopEventKinds.PersonForgotten, SystemActors.Operator.UserId), (e.Kind, e.ActorId));
        Assert.DoesNotContain(Fatma.UserId, e.Details, StringComparison.Ordinal);
        Assert.True(forgotten.IsMember(Bram.UserId));
        Assert.Equal("Bibliotheek als huiskamer", forgotten.FindNote("n-2")!.Text);
    }

    [Fact]
    public void Forget_WithEraseNotes_LeavesTombstonesWithoutText()
    {
        var person = new PersonIds([Fatma.UserId]);

        var forgotten = Board().Forget(person, eraseNotes: true, Now).Aggregate;

        var note = forgotten.FindNote("n-1")!;
        Assert.True(note.IsDeleted);
        Assert.Equal(("", person.Pseudonym), (note.Text, note.AuthorId));
    }

    [Fact]
    public void Forget_Twice_SecondChangesNothingAndThePseudonymIsStable()
    {
        var person = new PersonIds([Fatma.UserId, Fatma.TeamsId!]);
        var once = Board().Forget(person, eraseNotes: false, Now).Aggregate;

        var twice = once.Forget(new PersonIds([Fatma.UserId]), eraseNotes: false, Now);

        Assert.False(twice.HasChanges);
        Assert.Equal(new PersonIds([Fatma.UserId]).Pseudonym, person.Pseudonym);
        Assert.NotEqual(new PersonIds([Bram.UserId]).Pseudonym, person.Pseudonym);
        Assert.StartsWith("vergeten-", person.Pseudonym, StringComparison.Ordinal);
    }

    [Fact]
    public void Forget_AuditEvent_ReplacesActorAndIdsInDetailsAndLeavesOthersAlone()
    {
        var person = new PersonIds([Fatma.UserId, Fatma.TeamsId!]);
        var own = new WorkshopEvent("t-1", "w-1", 4, WorkshopEventKinds.NoteAdded, Fatma.UserId, Fatma.DisplayName, Now, "note n-1 in step 3");
        var aboutHer = new WorkshopEvent("t-1", "w-1", 5, WorkshopEventKinds.MemberRemoved, Moderator.UserId, Moderator.DisplayName, Now, $"member {Fatma.UserId} removed");
        var other = new WorkshopEvent("t-1", "w-1", 6, WorkshopEventKinds.NoteAdded, Bram.UserId, Bram.DisplayName, Now, "note n-2 in step 3");

        Assert.Equal((person.Pseudonym, person.Pseudonym, "note n-1 in step 3"), (person.Forget(own).ActorId, person.Forget(own).ActorName, person.Forget(own).Details));
        Assert.Equal((Moderator.UserId, $"member {person.Pseudonym} removed"), (person.Forget(aboutHer).ActorId, person.Forget(aboutHer).Details));
        Assert.Same(other, person.Forget(other));
    }

    [Fact]
    public void Forget_Traject_RemovesModeratorAndReviewerEntries()
    {
        var traject = TestWorkshop.Traject() with
        {
            Moderators = [new Person(Moderator.UserId, Moderator.DisplayName), new Person(Fatma.UserId, Fatma.DisplayName)],
            Reviewers = [new Reviewer(Fatma.UserId, Fatma.DisplayName, Fatma.Organisation)],
        };

        var forgotten = traject.Forget(new PersonIds([Fatma.UserId]), Now).Aggregate;

        Assert.Equal([Moderator.UserId], forgotten.Moderators.Select(m => m.UserId));
        Assert.Empty(forgotten.Reviewers);
        Assert.False(forgotten.Forget(new PersonIds([Fatma.UserId]), Now).HasChanges);
    }

    [Fact]
    public void Forget_SummaryReview_KeepsTheAnswerUnderThePseudonymAndRemovesTheComment()
    {
        var review = new SummaryReview
        {
            Id = "w-1-v1",
            TrajectId = "t-1",
            ScopeId = "w-1",
            Version = 1,
            Content = new SummaryContent("Samenvatting", "Eenzaamheid", "Ontmoeting", [], [], [], [], 0, [new SummaryParticipant("Fatma Yilmaz", "Welzijn Rivierenland"), new SummaryParticipant("Bram de Boer", null)], null),
            PublishedAt = Now,
            PublishedBy = new Person(Moderator.UserId, Moderator.DisplayName),
            Moderators = [new Person(Moderator.UserId, Moderator.DisplayName)],
            Reviewers = [new Reviewer(Fatma.UserId, Fatma.DisplayName, Fatma.Organisation)],
            Responses = [new ReviewResponse(Fatma.UserId, Fatma.DisplayName, Fatma.Organisation, ReviewAnswer.Bezwaar, "Mijn buurvrouw wil dit niet", Now, 1)],
            AggregateVersion = 3,
        };
        var person = new PersonIds([Fatma.UserId]);

        var change = review.Forget(person, new HashSet<string> { "Fatma Yilmaz" }, Now);

        var response = Assert.Single(change.Aggregate.Responses);
        Assert.Equal((person.Pseudonym, person.Pseudonym, ReviewAnswer.Bezwaar, (string?)null), (response.ReviewerId, response.Name, response.Answer, response.Comment));
        Assert.Equal([person.Pseudonym, "Bram de Boer"], change.Aggregate.Content.Participants.Select(p => p.Name));
        Assert.Equal(4, Assert.Single(change.Events).Sequence);
        Assert.False(change.Aggregate.Forget(person, new HashSet<string> { "Fatma Yilmaz" }, Now).HasChanges);
    }
}
