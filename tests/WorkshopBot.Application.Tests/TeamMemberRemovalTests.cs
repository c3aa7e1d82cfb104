using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests;

// Issue 13, finding 4: Teams reports a person removed from a team once, for the team; the werkgroepen
// in the team's channels must let them go too, and werkgroepen elsewhere must not.
public sealed class TeamMemberRemovalTests
{
    private const string TeamA = "19:AbCdTeamA0000000000000000000000@thread.tacv2";
    private const string TeamB = "19:EfGhTeamB0000000000000000000000@thread.tacv2";
    private const string FatmaObjectId = "0b7e9a52-3c1d-4e8f-a6b2-9d4c5e6f7a81";
    private const string FatmaTeamsId = "29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly ApplicationFixture _app = new();

    [Fact]
    public async Task MembersLeftTeam_RemovesThemFromTheTeamsChannelWerkgroepenOnly()
    {
        await _app.Store.SaveTrajectAsync(TestWorkshop.Traject(), null, [], Ct);
        var inChannel = await StartWithFatmaAsync("w-kanaal", new ConversationBinding("19:kanaal-ontmoeting@thread.tacv2", ConversationKind.Channel, TeamA));
        var inGeneral = await StartWithFatmaAsync("w-algemeen", new ConversationBinding(TeamA, ConversationKind.Channel, TeamA));
        var otherTeam = await StartWithFatmaAsync("w-ander-team", new ConversationBinding("19:kanaal-vervoer@thread.tacv2", ConversationKind.Channel, TeamB));
        var meeting = await StartWithFatmaAsync("w-overleg", new ConversationBinding("19:meeting_overleg@thread.v2", ConversationKind.Meeting));
        var handler = new ConversationMembershipHandler(_app.Workshops, new StoreMembershipIndex(_app.Store));

        var left = await handler.MembersLeftTeamAsync(TeamA, [new TeamsPerson(FatmaTeamsId, FatmaObjectId)], Ct);

        Assert.True(left.IsSuccess, left.Error?.Code);
        Assert.Equal(2, left.Value);
        Assert.True((await _app.Workshops.GetWerkgroepAsync(inChannel.Id, Ct))!.HasLeft(FatmaObjectId));
        Assert.True((await _app.Workshops.GetWerkgroepAsync(inGeneral.Id, Ct))!.HasLeft(FatmaObjectId));
        Assert.True((await _app.Workshops.GetWerkgroepAsync(otherTeam.Id, Ct))!.IsMember(FatmaObjectId));
        Assert.True((await _app.Workshops.GetWerkgroepAsync(meeting.Id, Ct))!.IsMember(FatmaObjectId));
        var next = await _app.Handler.ExecuteAsync(new AddNotes(3, "Nog een idee"), FatmaIn(inChannel, "op-after"), Ct);
        Assert.Equal(DomainErrorCodes.RemovedMember, next.Error?.Code);
    }

    [Fact]
    public async Task MembersLeftTeam_Redelivered_ChangesNothing()
    {
        await _app.Store.SaveTrajectAsync(TestWorkshop.Traject(), null, [], Ct);
        var inChannel = await StartWithFatmaAsync("w-kanaal", new ConversationBinding("19:kanaal-ontmoeting@thread.tacv2", ConversationKind.Channel, TeamA));
        var handler = new ConversationMembershipHandler(_app.Workshops, new StoreMembershipIndex(_app.Store));
        TeamsPerson[] leavers = [new(FatmaTeamsId, FatmaObjectId)];
        await handler.MembersLeftTeamAsync(TeamA, leavers, Ct);
        var version = (await _app.Store.GetWerkgroepAsync(inChannel.Id, Ct))!.ETag;

        var again = await handler.MembersLeftTeamAsync(TeamA, leavers, Ct);

        Assert.Equal(0, again.Value);
        Assert.Equal(version, (await _app.Store.GetWerkgroepAsync(inChannel.Id, Ct))!.ETag);
    }

    private async Task<Werkgroep> StartWithFatmaAsync(string id, ConversationBinding binding)
    {
        var werkgroep = Werkgroep.Start(TestWorkshop.Traject(), id, $"Werkgroep {id}", binding, TestWorkshop.Moderator, TestWorkshop.Now).Ok().WithOpenStep(3);
        await _app.Store.SaveWerkgroepAsync(werkgroep, null, [], Ct);
        var added = await _app.Handler.ExecuteAsync(new AddNotes(3, "Buurtlunch"), FatmaIn(werkgroep, $"op-{id}"), Ct);
        Assert.True(added.IsSuccess, added.Error?.Code);
        return werkgroep;
    }

    private static CommandContext FatmaIn(Werkgroep werkgroep, string operationKey) =>
        new(new Caller(FatmaObjectId, "Fatma Yilmaz", ApplicationFixture.Tenant, FatmaTeamsId), WerkgroepTarget.Conversation(werkgroep.Conversation!.ConversationId), operationKey, Language.Dutch);
}
