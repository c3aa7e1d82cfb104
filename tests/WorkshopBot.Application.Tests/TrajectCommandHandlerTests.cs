using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests;

public sealed class TrajectCommandHandlerTests
{
    private const string TeamId = "19:large-group-general@thread.tacv2";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly ApplicationFixture _app = new();

    [Fact]
    public async Task FindForConversation_AnotherChannelOfTheLargeGroupsTeam_FindsTheTeamsTraject()
    {
        await SeedTrajectInGeneralAsync();

        var traject = await new TrajectCommandHandler(_app.Workshops).FindForConversationAsync("19:werkgroep-channel@thread.tacv2", TeamId, Ct);

        Assert.Equal("t-1", traject?.Id);
    }

    [Fact]
    public async Task FindForConversation_GroupChatWithoutTeam_FindsNothing()
    {
        await SeedTrajectInGeneralAsync();

        var traject = await new TrajectCommandHandler(_app.Workshops).FindForConversationAsync("19:group-chat@thread.v2", null, Ct);

        Assert.Null(traject);
    }

    [Fact]
    public async Task Create_WithAmbitions_StoresAmbitionsAndSubGoals()
    {
        var command = new CreateTraject("Samen tegen eenzaamheid", "Neder-Betuwe", "Eenzaamheid", LargeGroup, "Ouderen wonen langer thuis\n- minder eenzaamheid\n- meer mantelzorg\nIedereen doet mee");

        var created = await Handler.CreateAsync(command, Moderator, "op-create", Ct);

        Assert.True(created.IsSuccess);
        var stored = (await _app.Workshops.GetTrajectAsync(created.Value.Id, Ct))!;
        Assert.Equal(["Ouderen wonen langer thuis", "Iedereen doet mee"], stored.Ambitions.Select(a => a.Text));
        Assert.Equal(["minder eenzaamheid", "meer mantelzorg"], stored.Ambitions[0].SubGoals.Select(g => g.Text));
    }

    [Fact]
    public async Task Edit_AsModerator_ChangesNameThemeAndAmbitionsWithAnAuditEvent()
    {
        var traject = await CreateAsync();

        var edited = await Handler.EditAsync(new EditTraject(traject.Id, "Samen sterk 2027", "Eenzaamheid en mantelzorg", "Ouderen wonen langer thuis\n- minder eenzaamheid\nMantelzorgers houden het vol"), Moderator, TeamId, TeamId, Ct);

        Assert.True(edited.IsSuccess, edited.Error?.Message);
        var stored = (await _app.Workshops.GetTrajectAsync(traject.Id, Ct))!;
        Assert.Equal(("Samen sterk 2027", "Eenzaamheid en mantelzorg"), (stored.Name, stored.Theme));
        Assert.Equal(["Ouderen wonen langer thuis", "Mantelzorgers houden het vol"], stored.Ambitions.Select(a => a.Text));
        Assert.Equal(traject.Ambitions[0].Id, stored.Ambitions[0].Id);
        Assert.Contains(await _app.Workshops.GetAuditTrailAsync(traject.Id, Ct), e => e.Kind == WorkshopEventKinds.TrajectEdited && e.ActorId == ModeratorId);
    }

    [Fact]
    public async Task Edit_AsParticipant_IsRefusedAndChangesNothing()
    {
        var traject = await CreateAsync();
        var participant = new Caller("7c1e4b2a-9d3f-4a6b-8e5c-2f1a3b4c5d6e", "Fatma Yilmaz (GGD Gelderland-Zuid)", Tenant, "29:1Fatma-teams-mri");

        var edited = await Handler.EditAsync(new EditTraject(traject.Id, "Overgenomen", "", ""), participant, TeamId, TeamId, Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, edited.Error?.Code);
        Assert.Equal("Samen tegen eenzaamheid", (await _app.Workshops.GetTrajectAsync(traject.Id, Ct))!.Name);
    }

    [Fact]
    public async Task Edit_CardFromAnotherConversation_IsRefusedAndChangesNothing()
    {
        var traject = await CreateAsync();
        await _app.Store.SaveTrajectAsync(TestWorkshop.Traject("t-elders", new ChannelRef("19:elders@thread.tacv2", "https://smba.trafficmanager.net/emea/")), null, [], Ct);

        var edited = await Handler.EditAsync(new EditTraject("t-elders", "Overgenomen", "", ""), Moderator, TeamId, TeamId, Ct);

        Assert.Equal(DomainErrorCodes.WrongWerkgroep, edited.Error?.Code);
        Assert.Equal("Samen tegen eenzaamheid", (await _app.Workshops.GetTrajectAsync(traject.Id, Ct))!.Name);
    }

    [Fact]
    public async Task Edit_ConversationWithoutTraject_IsRefused()
    {
        var edited = await Handler.EditAsync(new EditTraject("t-1", "Naam", "", ""), Moderator, "19:group-chat@thread.v2", null, Ct);

        Assert.Equal(DomainErrorCodes.NoTraject, edited.Error?.Code);
    }

    [Fact]
    public async Task Overview_CallerFromAnotherTenant_SeesNothing()
    {
        await CreateAsync();

        var overview = await Handler.OverviewAsync(TeamId, TeamId, Moderator with { TenantId = "other-tenant" }, Ct);

        Assert.Null(overview);
    }

    private const string Tenant = "0d5a7c3e-1b2f-4e6d-9a8c-7b6e5d4c3b2a";
    private const string ModeratorId = "3f2b1a0c-6d5e-4f7a-8b9c-0d1e2f3a4b5c";
    private static readonly Caller Moderator = new(ModeratorId, "Mirjam de Vries", Tenant, "29:1Mirjam-teams-mri");
    private static readonly ChannelRef LargeGroup = new(TeamId, "https://smba.trafficmanager.net/emea/", TeamId, "Algemeen");

    private TrajectCommandHandler Handler => new(_app.Workshops);

    private async Task<Traject> CreateAsync()
    {
        var created = await Handler.CreateAsync(new CreateTraject("Samen tegen eenzaamheid", "Neder-Betuwe", "Eenzaamheid", LargeGroup, "Ouderen wonen langer thuis\n- minder eenzaamheid"), Moderator, "op-create", Ct);
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    private Task SeedTrajectInGeneralAsync() => _app.Store.SaveTrajectAsync(
        TestWorkshop.Traject(largeGroupChannel: new ChannelRef(TeamId, "https://smba.trafficmanager.net/emea/", TeamId, "Algemeen")),
        null, [], Ct);
}
