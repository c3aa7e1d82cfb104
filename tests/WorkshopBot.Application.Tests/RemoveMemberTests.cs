using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests;

// Removing a member: by a moderator's command, or because Teams says they left the conversation.
public sealed class RemoveMemberTests
{
    private const string FatmaObjectId = "0b7e9a52-3c1d-4e8f-a6b2-9d4c5e6f7a81";
    private const string FatmaTeamsId = "29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly ApplicationFixture _app = new();

    [Fact]
    public async Task Execute_ModeratorRemovesAMember_TheyAreGoneAndTheirNotesStay()
    {
        var werkgroep = await SeedWithFatmaAsync();

        var result = await _app.Handler.ExecuteAsync(new RemoveMember(FatmaObjectId), ModeratorContext(werkgroep), Ct);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.False(result.Value.Werkgroep.IsMember(FatmaObjectId));
        Assert.Single(result.Value.Werkgroep.NotesInStep(3), n => n.AuthorId == FatmaObjectId);
    }

    [Fact]
    public async Task Execute_ParticipantRemovesAMember_IsRefused()
    {
        var werkgroep = await SeedWithFatmaAsync();
        await _app.Handler.ExecuteAsync(new AddNotes(3, "Buurtbus"), ApplicationFixture.InChat(werkgroep, "29:piet", "Piet", "op-piet"), Ct);

        var result = await _app.Handler.ExecuteAsync(new RemoveMember(FatmaObjectId), ApplicationFixture.InChat(werkgroep, "29:piet", "Piet", "op-2"), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
    }

    [Fact]
    public async Task Execute_RemovingTheLastModerator_IsRefused()
    {
        var werkgroep = await SeedWithFatmaAsync();

        var result = await _app.Handler.ExecuteAsync(new RemoveMember(TestWorkshop.Moderator.UserId), ModeratorContext(werkgroep), Ct);

        Assert.Equal(DomainErrorCodes.LastModerator, result.Error?.Code);
    }

    [Theory]
    [InlineData(FatmaTeamsId, null)]
    [InlineData(null, FatmaObjectId)]
    public async Task MembersLeft_ByTeamsIdOrObjectId_RemovesThemAndRefusesTheirNextAction(string? teamsId, string? objectId)
    {
        var werkgroep = await SeedWithFatmaAsync();
        var handler = new ConversationMembershipHandler(_app.Workshops, new StoreMembershipIndex(_app.Store));

        var left = await handler.MembersLeftAsync(werkgroep.Conversation!.ConversationId, [new TeamsPerson(teamsId, objectId)], Ct);

        Assert.True(left.IsSuccess && left.Value);
        var stored = await _app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct);
        Assert.False(stored!.IsMember(FatmaObjectId));
        var next = await _app.Handler.ExecuteAsync(new AddNotes(3, "Nog een idee"), FatmaContext(werkgroep, "op-after"), Ct);
        Assert.Equal(DomainErrorCodes.RemovedMember, next.Error?.Code);
    }

    [Fact]
    public async Task MembersLeft_Redelivered_ChangesNothing()
    {
        var werkgroep = await SeedWithFatmaAsync();
        var handler = new ConversationMembershipHandler(_app.Workshops, new StoreMembershipIndex(_app.Store));
        TeamsPerson[] leavers = [new(FatmaTeamsId, FatmaObjectId)];
        await handler.MembersLeftAsync(werkgroep.Conversation!.ConversationId, leavers, Ct);
        var version = (await _app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!.Version;

        var again = await handler.MembersLeftAsync(werkgroep.Conversation!.ConversationId, leavers, Ct);

        Assert.True(again.IsSuccess);
        Assert.False(again.Value);
        Assert.Equal(version, (await _app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!.Version);
    }

    [Fact]
    public async Task MembersLeft_ConversationWithoutWerkgroep_ChangesNothing()
    {
        var handler = new ConversationMembershipHandler(_app.Workshops, new StoreMembershipIndex(_app.Store));

        var left = await handler.MembersLeftAsync("19:no-werkgroep@thread.v2", [new TeamsPerson(FatmaTeamsId, FatmaObjectId)], Ct);

        Assert.True(left.IsSuccess);
        Assert.False(left.Value);
    }

    private async Task<Werkgroep> SeedWithFatmaAsync()
    {
        var werkgroep = await _app.SeedAsync(3);
        var added = await _app.Handler.ExecuteAsync(new AddNotes(3, "Buurtlunch"), FatmaContext(werkgroep, "op-fatma"), Ct);
        Assert.True(added.IsSuccess, added.Error?.Code);
        return werkgroep;
    }

    private static CommandContext FatmaContext(Werkgroep werkgroep, string operationKey) =>
        new(new Caller(FatmaObjectId, "Fatma Yilmaz (GGD Gelderland-Zuid)", ApplicationFixture.Tenant, FatmaTeamsId), WerkgroepTarget.Conversation(werkgroep.Conversation!.ConversationId), operationKey, Language.Dutch);

    private static CommandContext ModeratorContext(Werkgroep werkgroep) =>
        ApplicationFixture.InChat(werkgroep, TestWorkshop.Moderator.UserId, TestWorkshop.Moderator.DisplayName, "op-remove");
}
