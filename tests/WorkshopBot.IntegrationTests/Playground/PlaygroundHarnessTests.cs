using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Playground;
using Xunit;

namespace WorkshopBot.IntegrationTests.Playground;

// Proves the Playground harness against the real Agents Playground and a tiny echo bot, so the
// product's bot host can later be swapped in behind the same fixture.
[Trait("Category", "Integration")]
public sealed class PlaygroundHarnessTests(EchoBotPlaygroundFixture fixture) : IClassFixture<EchoBotPlaygroundFixture>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task GetTenantAsync_RepositoryConfig_LoadsDutchMockTenant()
    {
        var tenant = await Client.GetTenantAsync(Token);

        Assert.Equal("Marieke de Vries", tenant.CurrentUser.Name);
        Assert.Equal("WorkshopBot", tenant.Bot.Name);
        Assert.Equal(5, tenant.Users.Count);
        Assert.Contains(tenant.Users, u => u.Name.Contains("Welzijn Neder-Betuwe", StringComparison.Ordinal));
        Assert.Contains(tenant.Users, u => u.Name.Contains("Adviesraad Sociaal Domein", StringComparison.Ordinal));
        Assert.Contains(tenant.Users, u => u.Name.Contains("Vrijwilligerscentrale", StringComparison.Ordinal));
        Assert.Equal("Werkgroep Eenzaamheid", tenant.GroupChat.Name);
        Assert.Equal("Grote groep sociaal domein", tenant.Team.Name);
        Assert.Equal(["General", "Werkgroepen Kwaliteitskompas"], tenant.Team.Channels.Select(c => c.Name));
    }

    [Fact]
    public async Task InstallBotAsync_PersonalChat_BotIsInstalledAndWelcomesOnStream()
    {
        var tenant = await Client.GetTenantAsync(Token);
        await using var stream = await Client.ConnectAsync(Token);

        await Client.InstallBotAsync(tenant.PersonalChatId, Token);

        await stream.WaitForAsync(e => e.ConversationId == tenant.PersonalChatId && e.Text == "Welkom (installationUpdate)", Wait, Token);
        await stream.WaitForAsync(e => e.ConversationId == tenant.PersonalChatId && e.Text == "Welkom (conversationUpdate)", Wait, Token);
        var install = LastReceived(a => Str(a, "type") == "installationUpdate" && ConversationId(a) == tenant.PersonalChatId);
        Assert.Equal("add", Str(install, "action"));
        Assert.Equal("personal", install.GetProperty("conversation").GetProperty("conversationType").GetString());
        Assert.Equal(fixture.Playground.ServiceUrl.ToString().TrimEnd('/'), Str(install, "serviceUrl"));
    }

    [Fact]
    public async Task SendMessageAsync_PersonalChat_BotEchoesAsCurrentUser()
    {
        var tenant = await Client.GetTenantAsync(Token);
        await using var stream = await Client.ConnectAsync(Token);

        await Client.SendMessageAsync(tenant.PersonalChatId, "hallo persoonlijk", mentionBot: false, Token);

        var echo = await stream.WaitForAsync(e => e.Text == "Echo van Marieke de Vries: hallo persoonlijk", Wait, Token);
        Assert.Equal(tenant.PersonalChatId, echo.ConversationId);
        Assert.Equal(tenant.Bot.Id, echo.Raw.GetProperty("message").GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task SendMessageAsync_GroupChatWithoutMention_BotReceivesOnlyTheMentionedMessage()
    {
        var tenant = await Client.GetTenantAsync(Token);
        await using var stream = await Client.ConnectAsync(Token);

        await Client.SendMessageAsync(tenant.GroupChat.Id, "niet voor de bot", mentionBot: false, Token);
        await Client.SendMessageAsync(tenant.GroupChat.Id, "wel voor de bot", mentionBot: true, Token);

        await stream.WaitForAsync(e => e.Text == "Echo van Marieke de Vries: wel voor de bot", Wait, Token);
        Assert.DoesNotContain(fixture.Bot.Received, a => Str(a, "text")?.Contains("niet voor de bot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SendMessageAsUserAsync_PartnerInGroupChat_BotSeesThatPartner()
    {
        var tenant = await Client.GetTenantAsync(Token);
        var sanne = tenant.UserNamed("Sanne Jansen");
        await using var stream = await Client.ConnectAsync(Token);

        await Client.SendMessageAsUserAsync(tenant.GroupChat.Id, sanne.Id, "idee van Sanne", mentionBot: true, "nl-NL", Token);

        var echo = await stream.WaitForAsync(e => e.Text == $"Echo van {sanne.Name}: idee van Sanne", Wait, Token);
        Assert.Equal(tenant.GroupChat.Id, echo.ConversationId);
        var inbound = LastReceived(a => Str(a, "text")?.EndsWith("idee van Sanne", StringComparison.Ordinal) == true);
        Assert.Equal(sanne.AadObjectId, inbound.GetProperty("from").GetProperty("aadObjectId").GetString());
        Assert.Equal("nl-NL", Str(inbound, "locale"));
    }

    [Fact]
    public async Task SendMessageAsync_ChannelWithMention_ReplyGoesToTheNewPost()
    {
        var tenant = await Client.GetTenantAsync(Token);
        var channel = tenant.Team.Channels[1];
        await using var stream = await Client.ConnectAsync(Token);

        var post = await Client.SendMessageAsync(channel.Id, "start werkgroep", mentionBot: true, Token);

        Assert.Equal($"{channel.Id};messageid={post.MessageId}", post.ConversationId);
        await stream.WaitForAsync(e => e.ConversationId == post.ConversationId && e.Text == "Echo van Marieke de Vries: start werkgroep", Wait, Token);
        var inbound = LastReceived(a => ConversationId(a) == post.ConversationId);
        Assert.Equal("channel", inbound.GetProperty("conversation").GetProperty("conversationType").GetString());
        Assert.Equal(tenant.Team.Id, inbound.GetProperty("channelData").GetProperty("team").GetProperty("id").GetString());
        Assert.Equal(channel.Id, inbound.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ClickExecuteAsync_PartnerClicksCard_ReturnsCardOverHttpAndUpdatesMessage()
    {
        var tenant = await Client.GetTenantAsync(Token);
        var pieter = tenant.UserNamed("Pieter Bakker");
        await using var stream = await Client.ConnectAsync(Token);
        await Client.SendMessageAsync(tenant.GroupChat.Id, "kaart stemronde", mentionBot: true, Token);
        var card = await stream.WaitForAsync(e => e.Card is { } c && c.GetRawText().Contains("Kaart voor kaart stemronde", StringComparison.Ordinal), Wait, Token);

        var response = await Client.ClickExecuteAsync(
            card.ConversationId, card.MessageId!, pieter.Id, EchoBot.CardVerb, new JsonObject { ["noteId"] = "n1" }, Token);

        Assert.True(response.IsCard);
        Assert.Contains($"Klik: stem door {pieter.Name}", response.Value.GetRawText(), StringComparison.Ordinal);
        var update = await stream.WaitForAsync(e => e.IsUpdate && e.MessageId == card.MessageId, Wait, Token);
        Assert.Contains($"Bijgewerkt: stem door {pieter.Name}", update.Card!.Value.GetRawText(), StringComparison.Ordinal);
        var invoke = LastReceived(a => Str(a, "type") == "invoke");
        Assert.Equal(pieter.Id, invoke.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(card.MessageId, Str(invoke, "replyToId"));
        Assert.Equal("n1", invoke.GetProperty("value").GetProperty("action").GetProperty("data").GetProperty("noteId").GetString());
    }

    [Fact]
    public async Task SubmitAsync_PartnerSubmitsCard_BotReceivesMessageWithValue()
    {
        var tenant = await Client.GetTenantAsync(Token);
        var ahmed = tenant.UserNamed("Ahmed");
        await using var stream = await Client.ConnectAsync(Token);
        await Client.SendMessageAsync(tenant.GroupChat.Id, "kaart reactie", mentionBot: true, Token);
        var card = await stream.WaitForAsync(e => e.Card is { } c && c.GetRawText().Contains("Kaart voor kaart reactie", StringComparison.Ordinal), Wait, Token);

        await Client.SubmitAsync(card.ConversationId, card.MessageId!, ahmed.Id, new JsonObject { ["keuze"] = "akkoord" }, Token);

        await stream.WaitForAsync(e => e.Text == $"Ontvangen van {ahmed.Name}: {{\"keuze\":\"akkoord\"}}", Wait, Token);
        var submit = LastReceived(a => Str(a, "type") == "message" && a.TryGetProperty("value", out _));
        Assert.Equal(card.MessageId, Str(submit, "replyToId"));
    }

    [Fact]
    public async Task StartAsync_ConfigFileMissing_FailsInsteadOfUsingTheBuiltInTenant()
    {
        var options = new PlaygroundOptions(new Uri("http://127.0.0.1:9/api/messages"), ConfigPath: "/nonexistent/.m365agentsplayground.yml");

        await Assert.ThrowsAsync<FileNotFoundException>(() => PlaygroundProcess.StartAsync(options, Token));
    }

    [Fact]
    public async Task StartAsync_RequestedPortTaken_FailsInsteadOfListeningElsewhere()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var options = new PlaygroundOptions(new Uri("http://127.0.0.1:9/api/messages"), Port: port);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PlaygroundProcess.StartAsync(options, Token));

        Assert.Contains($"port {port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Default_ListensOnLoopbackOnly()
    {
        var addresses = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .ToList();
        using var loopback = new TcpClient();

        await loopback.ConnectAsync(IPAddress.Loopback, fixture.Playground.Port, Token);

        foreach (var address in addresses)
        {
            using var outside = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => outside.ConnectAsync(address, fixture.Playground.Port, Token).AsTask());
        }
    }

    private CancellationToken Token => _timeout.Token;

    public void Dispose() => _timeout.Dispose();

    private JsonElement LastReceived(Func<JsonElement, bool> predicate) =>
        fixture.Bot.Received.LastOrDefault(predicate) is { ValueKind: not JsonValueKind.Undefined } found
            ? found
            : throw new Xunit.Sdk.XunitException("The echo bot received no matching activity.");

    private static string? ConversationId(JsonElement activity) =>
        activity.TryGetProperty("conversation", out var c) ? Str(c, "id") : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
