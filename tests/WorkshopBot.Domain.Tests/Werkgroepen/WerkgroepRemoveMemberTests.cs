using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

// Membership also shrinks: a moderator removes someone, or Teams says they left the conversation.
public sealed class WerkgroepRemoveMemberTests
{
    private const string FatmaObjectId = "8c1d7e52-3f4a-4b6c-9d2e-1a0b3c4d5e6f";
    private const string FatmaTeamsId = "29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg";
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Fatma = new(FatmaObjectId, "Fatma Yilmaz", "GGD Gelderland-Zuid", FatmaTeamsId);

    [Fact]
    public void RemoveMember_ByModerator_RemovesThemKeepsTheirNotesAndAudits()
    {
        var board = WithFatmasNote();

        var change = board.RemoveMember(TestWorkshop.Moderator, FatmaObjectId, Now.AddMinutes(1));

        var after = change.Ok();
        Assert.False(after.IsMember(FatmaObjectId));
        Assert.True(after.HasLeft(FatmaObjectId));
        var note = Assert.Single(after.Notes);
        Assert.Equal(FatmaObjectId, note.AuthorId);
        Assert.Equal("GGD Gelderland-Zuid", after.OrganisationOf(note));
        var audit = Assert.Single(change.Value!.Events);
        Assert.Equal(WorkshopEventKinds.MemberRemoved, audit.Kind);
        Assert.Equal(TestWorkshop.Moderator.UserId, audit.ActorId);
    }

    [Fact]
    public void RemoveMember_ByParticipant_IsRefused()
    {
        var board = WithFatmasNote().Join(TestWorkshop.Participant(2), Now).Ok();

        var change = board.RemoveMember(TestWorkshop.Participant(2), FatmaObjectId, Now);

        Assert.Equal(DomainErrorCodes.NotModerator, change.Error?.Code);
    }

    [Fact]
    public void RemoveMember_TheLastModerator_IsRefused()
    {
        var board = WithFatmasNote();

        var change = board.RemoveMember(TestWorkshop.Moderator, TestWorkshop.Moderator.UserId, Now);

        Assert.Equal(DomainErrorCodes.LastModerator, change.Error?.Code);
    }

    [Fact]
    public void RemoveMember_ACoModerator_TakesTheRoleToo()
    {
        var board = WithFatmasNote().AddModerator(TestWorkshop.Moderator, FatmaObjectId, Now).Ok();

        var after = board.RemoveMember(TestWorkshop.Moderator, FatmaObjectId, Now).Ok();

        Assert.False(after.IsModerator(FatmaObjectId));
        Assert.Null(after.RoleOf(FatmaObjectId));
        Assert.DoesNotContain(after.MemberRoles(), r => r.Key == FatmaObjectId);
    }

    [Fact]
    public void RemoveMember_SomeoneWhoIsNoMember_IsRefused()
    {
        var change = TestWorkshop.Werkgroep().RemoveMember(TestWorkshop.Moderator, FatmaObjectId, Now);

        Assert.Equal(DomainErrorCodes.NotMember, change.Error?.Code);
    }

    [Theory]
    [InlineData(FatmaTeamsId, null)]
    [InlineData(null, FatmaObjectId)]
    [InlineData("29:someone-else", FatmaObjectId)]
    public void RemoveLeavers_MatchesOnTeamsIdOrObjectId_SignedByTheSystem(string? teamsId, string? objectId)
    {
        var board = WithFatmasNote();

        var change = board.RemoveLeavers([new TeamsPerson(teamsId, objectId)], Now);

        Assert.False(change.Ok().IsMember(FatmaObjectId));
        var audit = Assert.Single(change.Value!.Events);
        Assert.Equal(WorkshopEventKinds.MemberRemoved, audit.Kind);
        Assert.Equal(SystemActors.TeamsMembership.UserId, audit.ActorId);
    }

    [Fact]
    public void RemoveLeavers_Redelivered_ChangesNothing()
    {
        var leaver = new TeamsPerson(FatmaTeamsId, FatmaObjectId);
        var once = WithFatmasNote().RemoveLeavers([leaver], Now).Ok();

        var again = once.RemoveLeavers([leaver], Now);

        Assert.False(again.Value!.HasChanges);
        Assert.Equal(once.Version, again.Ok().Version);
    }

    [Fact]
    public void RemoveLeavers_TheLastModerator_KeepsTheRoleAndTheAuditSaysSo()
    {
        var change = WithFatmasNote().RemoveLeavers([new TeamsPerson(TestWorkshop.Moderator.UserId, null)], Now);

        Assert.True(change.Ok().IsModerator(TestWorkshop.Moderator.UserId));
        Assert.Equal(WorkshopEventKinds.LastModeratorLeft, Assert.Single(change.Value!.Events).Kind);
    }

    [Fact]
    public void Readmit_AddedToTheConversationAgain_MayTakePartAgain()
    {
        var removed = WithFatmasNote().RemoveLeavers([new TeamsPerson(FatmaTeamsId, null)], Now).Ok();

        var back = removed.Readmit([new TeamsPerson(FatmaTeamsId, FatmaObjectId)], Now).Ok()
            .AddNote(Fatma, "n-2", 3, "Maatjesproject", Now).Ok();

        Assert.True(back.IsMember(FatmaObjectId));
        Assert.False(back.HasLeft(FatmaObjectId));
    }

    private static Werkgroep WithFatmasNote() =>
        TestWorkshop.Werkgroep().WithOpenStep(3).AddNote(Fatma, "n-1", 3, "Buurtlunch", Now).Ok();
}
