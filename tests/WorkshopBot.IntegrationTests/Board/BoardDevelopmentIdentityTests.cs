using System.Net;
using System.Text.Json;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Identity;
using Xunit;

namespace WorkshopBot.IntegrationTests.Board;

// ?dev-user= in the Development environment with Board:DevelopmentIdentity on, from 127.0.0.1.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class BoardDevelopmentIdentityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BoardApiHost _host = null!;

    public async Task InitializeAsync() => _host = await BoardApiHost.StartAsync(azurite, environment: "Development");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetBoard_DevUserInDevelopmentFromLoopback_GetsTheirStoredRole()
    {
        var moderator = await _host.Client.GetAsync($"/api/boards/{BoardApiHost.WerkgroepId}?{BoardAuthentication.DevUserQuery}={BoardApiHost.Moderator.UserId}");
        var outsider = await _host.Client.GetAsync($"/api/boards/{BoardApiHost.WerkgroepId}?{BoardAuthentication.DevUserQuery}={BoardApiHost.Outsider.UserId}");
        var mine = await _host.Client.GetAsync($"{BoardApiEndpoints.MyWerkgroepenPath}?{BoardAuthentication.DevUserQuery}={BoardApiHost.Participant.UserId}");

        Assert.Equal(HttpStatusCode.OK, moderator.StatusCode);
        var viewer = JsonDocument.Parse(await moderator.Content.ReadAsStringAsync()).RootElement.GetProperty("viewer");
        Assert.Equal("moderator", viewer.GetProperty("role").GetString());
        Assert.Equal("Anna de Vries", viewer.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("participant", JsonDocument.Parse(await mine.Content.ReadAsStringAsync()).RootElement[0].GetProperty("role").GetString());
    }
}
