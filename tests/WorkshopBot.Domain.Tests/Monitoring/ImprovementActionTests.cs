using System.Text.Json;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.TestKit.Domain;
using static WorkshopBot.Domain.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Domain.Tests.Monitoring;

// Improvement actions from a reflection: several per reflection, owned by a member (who may mark them done)
// or by someone outside named by hand (only a moderator marks those done); the next cycle starts from them.
public sealed class ImprovementActionTests
{
    private static readonly DateOnly March = new(2027, 3, 1);

    private static WerkgroepMonitoring Reflected() => Empty.RecordReflection(
        Scope,
        Marieke,
        "rf-1",
        "2026-Q4",
        "Minder eenzaamheid bij ouderen.",
        "",
        "",
        [
            new ImprovementActionInput("Koffieochtend ook op zaterdag", ["a-koffie"], "", March, Jan.UserId),
            new ImprovementActionInput("Buurtcoach belt nieuwe inwoners", ["a-buurtcoach"], "Piet de Buurtcoach", March),
            new ImprovementActionInput("Folder bij de huisarts", ["a-koffie", "a-buurtcoach"], "", March, Fatima.UserId),
        ],
        Now).Ok();

    [Fact]
    public void RecordReflection_ThreeActions_EachWithItsOwnOwnerAndActivities()
    {
        var actions = Reflected().Actions;

        Assert.Equal(["rf-1-a1", "rf-1-a2", "rf-1-a3"], actions.Select(a => a.Id));
        Assert.Equal((Jan.UserId, "Jan Bakker"), (actions[0].OwnerId, actions[0].OwnerName));
        Assert.Equal((null, "Piet de Buurtcoach"), (actions[1].OwnerId, actions[1].OwnerName));
        Assert.Equal(["a-koffie", "a-buurtcoach"], actions[2].ActivityIds);
        Assert.All(actions, a => Assert.False(a.Done));
    }

    [Fact]
    public void RecordReflection_OwnerWhoIsNoMember_OrNoOwnerAtAll_IsRefused()
    {
        var action = new ImprovementActionInput("Koffieochtend ook op zaterdag", ["a-koffie"], "", March, Outsider.UserId);

        Assert.Equal(DomainErrorCodes.NotFound, Empty.RecordReflection(Scope, Marieke, "rf-1", null, "Wat we zien", "", "", [action], Now).Code());
        Assert.Equal(DomainErrorCodes.EmptyText, Empty.RecordReflection(Scope, Marieke, "rf-1", null, "Wat we zien", "", "", [action with { OwnerUserId = null }], Now).Code());
    }

    [Fact]
    public void MarkActionDone_ByItsOwner_IsDone_AndASecondClickChangesNothing()
    {
        var later = Now.AddDays(30);
        var change = Reflected().MarkActionDone(Scope, Jan, "rf-1-a1", later);

        var done = change.Ok().Actions[0];
        Assert.True(done.Done);
        Assert.Equal(later, done.DoneAt);
        Assert.Equal(MonitoringEventKinds.ImprovementActionDone, Assert.Single(change.Value.Events).Kind);
        Assert.False(change.Value.Aggregate.Actions[1].Done);

        var again = change.Value.Aggregate.MarkActionDone(Scope, Marieke, "rf-1-a1", later.AddHours(1));
        Assert.False(again.Value!.HasChanges);
    }

    [Fact]
    public void MarkActionDone_ByAnotherPartner_IsRefused_ByAModerator_IsDone()
    {
        var reflected = Reflected();

        // Fatima is a member but owns a3, not a1; nobody but a moderator marks the outsider's a2.
        Assert.Equal(DomainErrorCodes.NotActionOwner, reflected.MarkActionDone(Scope, Fatima, "rf-1-a1", Now).Code());
        Assert.Equal(DomainErrorCodes.NotActionOwner, reflected.MarkActionDone(Scope, Jan, "rf-1-a2", Now).Code());
        Assert.Equal(DomainErrorCodes.NotFound, reflected.MarkActionDone(Scope, Marieke, "rf-1-a9", Now).Code());
        Assert.True(reflected.MarkActionDone(Scope, Marieke, "rf-1-a2", Now).Ok().Actions[1].Done);
    }

    [Fact]
    public void Forget_TheMemberWhoOwnsAnAction_LeavesNeitherIdNorName_AndOnlyAModeratorCanMarkItDone()
    {
        var reflected = Reflected();
        var person = new PersonIds([Jan.UserId]);

        var forgotten = reflected.Forget(person, [], Now.AddDays(1)).Aggregate;

        var json = JsonSerializer.Serialize(forgotten.Actions);
        Assert.DoesNotContain(Jan.UserId, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Bakker", json, StringComparison.Ordinal);
        Assert.Equal((null, person.Pseudonym), (forgotten.Actions[0].OwnerId, forgotten.Actions[0].OwnerName));
        Assert.Equal("Fatima El Amrani", forgotten.Actions[2].OwnerName);
        Assert.True(forgotten.MarkActionDone(Scope, Marieke, "rf-1-a1", Now.AddDays(2)).Ok().Actions[0].Done);
    }
}
