using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.TestKit.Hosting;
using WorkshopBot.TestKit.Protocol;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// The production host as Teams meets it: the real app (WorkshopBotApp) on Kestrel at 127.0.0.1 with
// an app id, the real token validator reading keys from a loopback OpenID server, Table storage on
// Azurite, and a stub Bot Connector at the serviceUrl the activities carry. Only the outbound token
// provider is fixed (MSAL would go to the internet). Every card the bot produced — posted to the
// connector or returned in an invoke answer — is kept so tests can check it against the schema.
internal sealed class HostBench : IAsyncDisposable
{
    public const string AppId = "4c7d6a1e-2f3b-4e5d-9a8b-1c2d3e4f5a6b";
    public const string TenantId = "6b1d9c2e-0f4a-4b7e-8c3d-5a9e1f2b7c40";
    public const string OutboundToken = "outbound-test-token";
    public const int MaxCardBytes = 80 * 1024;

    private const string BotId = "28:" + AppId;

    private static int nextActivity;

    private readonly List<JsonNode> invokeCards = [];
    private readonly AzuriteTables tables;
    private readonly TimeProvider? clock;
    private readonly IReadOnlyDictionary<string, string?>? extraSettings;
    private readonly Action<IServiceCollection, AzuriteTables>? extraServices;
    private BotHost host;

    private HostBench(TestTokenIssuer issuer, LoopbackOpenIdServer openId, StubConnectorServer connector, AzuriteTables tables, BotHost host, TimeProvider? clock, IReadOnlyDictionary<string, string?>? extraSettings, Action<IServiceCollection, AzuriteTables>? extraServices)
    {
        this.clock = clock;
        this.extraSettings = extraSettings;
        this.extraServices = extraServices;
        Issuer = issuer;
        OpenId = openId;
        Connector = connector;
        this.tables = tables;
        this.host = host;
        Client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public TestTokenIssuer Issuer { get; }

    public LoopbackOpenIdServer OpenId { get; }

    public StubConnectorServer Connector { get; }

    public BotHost Host => host;

    public HttpClient Client { get; }

    public WorkshopService Workshops => host.Services.GetRequiredService<WorkshopService>();

    // With a clock, the host (and every restart of it) runs on that TimeProvider; extraSettings are added to
    // the host's configuration (e.g. the board's SSO issuer); extraServices replace the host's own (e.g. a
    // TableServiceClient that counts storage requests).
    public static async Task<HostBench> StartAsync(
        AzuriteFixture azurite,
        TimeProvider? clock,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? extraSettings = null,
        Action<IServiceCollection, AzuriteTables>? extraServices = null)
    {
        // Tokens are issued on the host's clock, so a test that moves the clock a day on still signs in.
        var issuer = new TestTokenIssuer(clock);
        var openId = await LoopbackOpenIdServer.StartAsync(issuer, cancellationToken);
        var connector = await StubConnectorServer.StartAsync(cancellationToken);
        var tables = azurite.CreateTables();
        var host = await StartHostAsync(tables, openId, clock, extraSettings, extraServices, cancellationToken);
        return new HostBench(issuer, openId, connector, tables, host, clock, extraSettings, extraServices);
    }

    // A second app instance on the same tables, connector and keys (as App Service runs two).
    public Task<BotHost> StartOtherInstanceAsync(CancellationToken cancellationToken) =>
        StartHostAsync(tables, OpenId, clock, extraSettings, extraServices, cancellationToken);

    // A new process on the same tables: nothing survives but what is in Table storage.
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await host.DisposeAsync();
        host = await StartHostAsync(tables, OpenId, clock, extraSettings, extraServices, cancellationToken);
    }

    public static string NewConversationId() => $"19:{Guid.NewGuid():N}@thread.v2";

    public static string NewActivityId() => "f:" + Interlocked.Increment(ref nextActivity).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    public static HostUser User(string name) => new($"29:{Guid.NewGuid():N}", name, Guid.NewGuid().ToString());

    public string ValidToken() => Issuer.Sign(Issuer.ChannelToken(AppId, Connector.ServiceUrl));

    // A group chat message as Teams posts it.
    public JsonObject Message(string conversationId, HostUser from, string text, string? id = null) =>
        With(Activity("message", conversationId, from, id), ("text", text), ("textFormat", "plain"));

    // Action.Execute → invoke adaptiveCard/action (PROTOCOL.md §4); replyToId is the card's message.
    public JsonObject Invoke(string conversationId, HostUser from, string verb, JsonObject data, string? id = null, string replyToId = "1:card-message") =>
        With(
            Activity("invoke", conversationId, from, id),
            ("name", "adaptiveCard/action"),
            ("replyToId", replyToId),
            ("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            }));

    // A dialog (PROTOCOL.md §6): task/fetch from a card's Action.Submit, task/submit from the dialog's card;
    // value {data: the action's data and the inputs, context}.
    public JsonObject TaskInvoke(string conversationId, HostUser from, string name, JsonObject data, string? id = null, string? replyToId = null)
    {
        var activity = With(Activity("invoke", conversationId, from, id), ("name", name),
            ("value", new JsonObject { ["data"] = data, ["context"] = new JsonObject { ["theme"] = "default" } }));
        return replyToId is null ? activity : With(activity, ("replyToId", replyToId));
    }

    public static JsonObject NoteData(string werkgroepId, string text, int step = 3) =>
        new() { ["werkgroepId"] = werkgroepId, ["step"] = step, ["newNotes"] = text };

    // Posts as Teams does and, for a message, also waits until the bot's queued replies have reached the
    // connector (the host acknowledges a message before its reply passes the outbound pacer).
    public Task<HostReply> PostAsync(JsonObject activity, CancellationToken cancellationToken) =>
        PostRawAsync(activity.ToJsonString(), ValidToken(), cancellationToken);

    public async Task<HostReply> PostRawAsync(string body, string? token, CancellationToken cancellationToken)
    {
        var reply = await PostOnlyAsync(body, token, cancellationToken);
        await host.Services.GetRequiredService<ReplyQueue>().WhenIdleAsync(cancellationToken);
        return reply;
    }

    // Only the HTTP exchange: returns when the host answered, whatever it still sends afterwards.
    public Task<HostReply> PostOnlyAsync(JsonObject activity, CancellationToken cancellationToken) =>
        PostOnlyAsync(activity.ToJsonString(), ValidToken(), cancellationToken);

    private async Task<HostReply> PostOnlyAsync(string body, string? token, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.MessagesEndpoint) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var reply = new HostReply(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        if (reply.Card is { } card)
        {
            lock (invokeCards)
            {
                invokeCards.Add(card.DeepClone());
            }
        }

        return reply;
    }

    // Starts a werkgroep in the conversation (moderator clicks "start") and opens step 3.
    public async Task<string> StartWerkgroepWithOpenStepAsync(string conversationId, HostUser moderator, CancellationToken cancellationToken)
    {
        var started = await PostAsync(
            Invoke(conversationId, moderator, "startWerkgroep", new JsonObject { ["werkgroepName"] = "Eenzaamheid onder ouderen", ["organisation"] = "Gemeente Neder-Betuwe" }),
            cancellationToken);
        Assert.True(started.IsCard, started.ToString());
        var werkgroep = await Workshops.FindWerkgroepByConversationAsync(conversationId, cancellationToken);
        Assert.NotNull(werkgroep);

        var opened = await PostAsync(Invoke(conversationId, moderator, "openStep", new JsonObject { ["werkgroepId"] = werkgroep.Id, ["step"] = 3 }), cancellationToken);
        Assert.True(opened.IsCard, opened.ToString());
        return werkgroep.Id;
    }

    public async Task<Werkgroep> WerkgroepAsync(string werkgroepId, CancellationToken cancellationToken) =>
        await Workshops.GetWerkgroepAsync(werkgroepId, cancellationToken) ?? throw new Xunit.Sdk.XunitException($"Werkgroep {werkgroepId} is not stored.");

    public async Task<IReadOnlyList<Note>> NotesAsync(string werkgroepId, CancellationToken cancellationToken) =>
        (await WerkgroepAsync(werkgroepId, cancellationToken)).NotesInStep(3);

    // The form of a task/fetch or task/submit answer that keeps the dialog open ("continue"): an Adaptive Card
    // attachment that validates against 1.5.
    public static JsonNode DialogCard(HostReply reply)
    {
        Assert.Equal("continue", (string?)reply.Body!["task"]!["type"]);
        var card = reply.Body["task"]!["value"]!["card"]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card["content"]!));
        return card["content"]!;
    }

    // What a card button sends: a copy of its data, to change before posting.
    public static JsonObject DataOf(JsonObject action) => action["data"]!.DeepClone().AsObject();

    // Adaptive Cards in the activities the bot sent (POST) or updated (PUT) at the stub connector.
    public IReadOnlyList<JsonNode> ConnectorCards() =>
        Connector.Requests
            .Where(r => r.Method is "POST" or "PUT")
            .SelectMany(CardsIn)
            .ToArray();

    public IReadOnlyList<JsonNode> InvokeCards()
    {
        lock (invokeCards)
        {
            return invokeCards.ToArray();
        }
    }

    // Waits for the coalesced PUT of the shared step card (SharedStepCardUpdater, ~1 s after a change).
    public async Task<JsonNode> WaitForCardUpdateAsync(Func<string, bool> matches, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var found = Connector.Requests
                .Where(r => r.Method == "PUT")
                .SelectMany(CardsIn)
                .FirstOrDefault(card => matches(CardQuery.AllText(card)));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new Xunit.Sdk.XunitException("The bot did not update the shared card at the connector within 10 s.");
    }

    // Test 6 of issue 2: every card the bot produced validates against Adaptive Cards 1.5 and fits
    // Teams' message size with room to spare.
    public void AssertEveryCardValid()
    {
        foreach (var card in ConnectorCards().Concat(InvokeCards()))
        {
            var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);
            Assert.True(errors.Count == 0, $"Card fails the schema:\n{string.Join("\n", errors)}\n{card.ToJsonString()[..Math.Min(2000, card.ToJsonString().Length)]}");
            var bytes = Encoding.UTF8.GetByteCount(card.ToJsonString());
            Assert.True(bytes < MaxCardBytes, $"Card is {bytes} bytes (limit {MaxCardBytes}).");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await host.DisposeAsync();
        await Connector.DisposeAsync();
        await OpenId.DisposeAsync();
        await tables.DisposeAsync();
        Issuer.Dispose();
    }

    private static async Task<BotHost> StartHostAsync(
        AzuriteTables tables,
        LoopbackOpenIdServer openId,
        TimeProvider? clock,
        IReadOnlyDictionary<string, string?>? extraSettings,
        Action<IServiceCollection, AzuriteTables>? extraServices,
        CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(tables.Configuration)
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = openId.MetadataUrl,
            ["Board:PublicBaseUrl"] = "http://127.0.0.1:3978",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return await BotHost.StartAsync(
            new BotHostOptions
            {
                Settings = settings,
                ConfigureServices = services =>
                {
                    services.AddSingleton<IBotTokenProvider>(new FixedBotTokenProvider(OutboundToken));
                    if (clock is not null)
                    {
                        services.AddSingleton(clock);
                    }

                    extraServices?.Invoke(services, tables);
                },
            },
            cancellationToken);
    }

    public static IReadOnlyList<JsonNode> CardsIn(StubConnectorRequest request) =>
        request.Body.Length > 0 && JsonNode.Parse(request.Body)?["attachments"] is JsonArray attachments
            ? attachments
                .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" && a["content"] is not null)
                .Select(a => a!["content"]!)
                .ToArray()
            : [];

    private JsonObject Activity(string type, string conversationId, HostUser from, string? id) => new()
    {
        ["type"] = type,
        ["id"] = id ?? NewActivityId(),
        ["timestamp"] = "2026-11-23T09:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Workshop Bot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = "groupChat",
            ["isGroup"] = true,
            ["tenantId"] = TenantId,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = "nl-NL",
    };

    private static JsonObject With(JsonObject activity, params (string Key, JsonNode? Value)[] properties)
    {
        foreach (var (key, value) in properties)
        {
            activity[key] = value;
        }

        return activity;
    }
}
