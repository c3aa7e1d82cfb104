using WorkshopBot.Application.Werkgroepen;
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

    private Task SeedTrajectInGeneralAsync() => _app.Store.SaveTrajectAsync(
        TestWorkshop.Traject(largeGroupChannel: new ChannelRef(TeamId, "https://smba.trafficmanager.net/emea/", TeamId, "Algemeen")),
        null, [], Ct);
}
