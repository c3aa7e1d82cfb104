using WorkshopBot.Domain;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

// A member is known by their Entra object id (stable across conversations and the board) and keeps
// their Teams id (MRI) beside it, because Teams matches refresh.userIds against the MRI.
public sealed class WerkgroepMemberIdentityTests
{
    private const string FatmaObjectId = "8c1d7e52-3f4a-4b6c-9d2e-1a0b3c4d5e6f";
    private const string FatmaTeamsId = "29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg";
    private static readonly DateTimeOffset Now = TestWorkshop.Now;

    [Fact]
    public void AddNote_FromTeams_RecordsTheMembersTeamsIdBesideTheObjectId()
    {
        var fatma = new Actor(FatmaObjectId, "Fatma Yilmaz", "GGD Gelderland-Zuid", FatmaTeamsId);

        var board = TestWorkshop.Werkgroep().WithOpenStep(3).AddNote(fatma, "n-1", 3, "Buurtlunch", Now).Ok();

        var member = board.FindMember(FatmaObjectId)!;
        Assert.Equal(FatmaTeamsId, member.TeamsId);
        Assert.Null(board.FindMember(FatmaTeamsId));
    }

    [Fact]
    public void AddNote_MemberFirstSeenOnTheBoard_GetsTheTeamsIdOnTheirFirstTeamsAction()
    {
        var onBoard = new Actor(FatmaObjectId, "Fatma Yilmaz", "GGD Gelderland-Zuid");
        var inTeams = new Actor(FatmaObjectId, "Fatma Yilmaz", "GGD Gelderland-Zuid", FatmaTeamsId);
        var board = TestWorkshop.Werkgroep().WithOpenStep(3).AddNote(onBoard, "n-1", 3, "Buurtlunch", Now).Ok();
        Assert.Null(board.FindMember(FatmaObjectId)!.TeamsId);

        var later = board.AddNote(inTeams, "n-2", 3, "Maatjesproject", Now.AddMinutes(1)).Ok();

        Assert.Equal(FatmaTeamsId, later.FindMember(FatmaObjectId)!.TeamsId);
        Assert.Single(later.Members, m => m.UserId == FatmaObjectId);
    }

    [Fact]
    public void AddNote_LaterBoardAction_KeepsTheKnownTeamsId()
    {
        var inTeams = new Actor(FatmaObjectId, "Fatma Yilmaz", "GGD Gelderland-Zuid", FatmaTeamsId);
        var onBoard = new Actor(FatmaObjectId, "Fatma Yilmaz", "GGD Gelderland-Zuid");
        var board = TestWorkshop.Werkgroep().WithOpenStep(3).AddNote(inTeams, "n-1", 3, "Buurtlunch", Now).Ok();

        var later = board.AddNote(onBoard, "n-2", 3, "Maatjesproject", Now.AddMinutes(1)).Ok();

        Assert.Equal(FatmaTeamsId, later.FindMember(FatmaObjectId)!.TeamsId);
    }
}
