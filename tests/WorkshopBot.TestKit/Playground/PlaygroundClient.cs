using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkshopBot.TestKit.Playground;

// Typed access to the JSON API the Playground's own web UI uses (version pinned in package.json;
// the API is internal to the tool). See docs/playground.md for the behaviour behind each call.
public sealed class PlaygroundClient : IDisposable
{
    private const string ExecuteInvokeName = "adaptiveCard/action";

    private readonly HttpClient _http;
    private readonly TimeProvider _timeProvider;
    private PlaygroundTenant? _tenant;

    public PlaygroundClient(Uri baseUri)
        : this(baseUri, TimeProvider.System)
    {
    }

    public PlaygroundClient(Uri baseUri, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        BaseUri = baseUri;
        _timeProvider = timeProvider;
        _http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUri { get; }

    // GET /_internal/v1/testConfig: the mock tenant loaded from the config file.
    public async Task<PlaygroundTenant> GetTenantAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri("_internal/v1/testConfig", UriKind.Relative), cancellationToken);
        var json = await ReadJsonAsync(response, "GET testConfig", cancellationToken);
        var config = json.GetProperty("config");
        var internalConfig = json.GetProperty("internalConfig");
        _tenant = new PlaygroundTenant(
            config.GetProperty("tenantId").GetString()!,
            config.GetProperty("bot").Deserialize<PlaygroundBotAccount>(PlaygroundJson.Options)!,
            config.GetProperty("currentUser").Deserialize<PlaygroundUser>(PlaygroundJson.Options)!,
            config.GetProperty("users").Deserialize<List<PlaygroundUser>>(PlaygroundJson.Options)!,
            config.GetProperty("personalChat").GetProperty("id").GetString()!,
            config.GetProperty("groupChats").Deserialize<List<PlaygroundGroupChat>>(PlaygroundJson.Options)!,
            config.GetProperty("teams").Deserialize<List<PlaygroundTeam>>(PlaygroundJson.Options)!,
            internalConfig.GetProperty("locale").GetString() ?? "");
        return _tenant;
    }

    // Opens the websocket of bot outputs. Connect before acting: frames are broadcast, and buffered
    // only while no client at all is connected.
    public Task<PlaygroundStream> ConnectAsync(CancellationToken cancellationToken) =>
        PlaygroundStream.ConnectAsync(BaseUri, PlaygroundStream.ConversationStreamPath, cancellationToken);

    // Opens the websocket of the Playground's log panel, /_ws/log/stream: one frame per request the
    // bot made to the mock connector, {logAction: "appendLog", log {conversationId, activityName,
    // request {body}, response {statusCode, body}}} in PlaygroundEvent.Raw. Messages in chats the
    // current user is not in (a 1:1 with another mock user) appear only here. Same buffering as
    // ConnectAsync: connect before acting.
    public Task<PlaygroundStream> ConnectLogAsync(CancellationToken cancellationToken) =>
        PlaygroundStream.ConnectAsync(BaseUri, PlaygroundStream.LogStreamPath, cancellationToken);

    // POST /_debug/conversation/{id}/installation: what opening a chat in the UI does. The bot gets
    // installationUpdate (action "add") and conversationUpdate (bot in membersAdded), sent concurrently.
    public async Task InstallBotAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(
            ConversationPath("_debug/conversation/", conversationId, "/installation"), new { }, cancellationToken);
        await EnsureSuccessAsync(response, "install bot", cancellationToken);
    }

    // POST /_conversation/v1/conversations/{id}/messages: a message typed by the current user (the
    // Playground ignores any other sender here). In group chats and channels the bot only receives it
    // when mentionBot is true; in a channel it starts a new post "{channel};messageid={id}".
    public async Task<PlaygroundPostedMessage> SendMessageAsync(
        string conversationId, string text, bool mentionBot, CancellationToken cancellationToken)
    {
        var tenant = await TenantAsync(cancellationToken);
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = tenant.CurrentUser.Id },
            ["text"] = mentionBot ? $"{BotMention(tenant)} {text}" : text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = tenant.Bot.Id },
                ["text"] = BotMention(tenant),
            });
        }

        using var response = await _http.PostAsJsonAsync(
            ConversationPath("_conversation/v1/conversations/", conversationId, "/messages"), body, cancellationToken);
        var json = await ReadJsonAsync(response, "send message", cancellationToken);
        var postConversationId = json.TryGetProperty("postConversationId", out var post) ? post.GetString() : null;
        return new PlaygroundPostedMessage(json.GetProperty("messageId").GetString()!, postConversationId ?? conversationId);
    }

    // A message from any user of the mock tenant, delivered through POST /_internal/v1/customActivities
    // and shaped like the Playground's own message activities. The conversation must be one the
    // Playground knows (a chat, a channel, or a post id returned earlier), or the bot's reply gets 404.
    // Unlike typed messages it does not appear in the Playground UI.
    public async Task<PlaygroundPostedMessage> SendMessageAsUserAsync(
        string conversationId,
        string userId,
        string text,
        bool mentionBot,
        string? locale,
        CancellationToken cancellationToken)
    {
        // The Playground itself always sends en-US; a test may pick another locale here.
        locale ??= "en-US";
        var tenant = await TenantAsync(cancellationToken);
        var user = tenant.User(userId);
        var activity = await CustomActivityTemplateAsync(conversationId, cancellationToken);
        var id = Guid.NewGuid().ToString();
        var now = _timeProvider.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture);
        var conversation = activity["conversation"]!.AsObject();
        var isChannel = conversation["conversationType"]?.GetValue<string>() == "channel";
        var entities = new JsonArray();
        if (mentionBot)
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = tenant.Bot.Id, ["name"] = tenant.Bot.Name },
                ["text"] = BotMention(tenant),
            });
        }

        entities.Add(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["platform"] = "Web" });
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant.TenantId } };
        if (isChannel)
        {
            var channelId = conversationId.Split(";messageid=", 2)[0];
            channelData["teamsChannelId"] = channelId;
            channelData["teamsTeamId"] = tenant.Team.Id;
            channelData["team"] = new JsonObject { ["id"] = tenant.Team.Id };
            channelData["channel"] = new JsonObject { ["id"] = channelId };
        }

        activity["type"] = "message";
        activity["id"] = id;
        activity["timestamp"] = now;
        activity["localTimestamp"] = now;
        activity["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        activity["text"] = mentionBot ? $"{BotMention(tenant)} {text}" : text;
        activity["textFormat"] = "plain";
        activity["locale"] = locale;
        activity["entities"] = entities;
        activity["channelData"] = channelData;
        await SendCustomActivityAsync(activity, cancellationToken);
        return new PlaygroundPostedMessage(id, conversationId);
    }

    // POST /_conversation/v1/invoke with adaptiveCard/action, exactly as the UI sends a click on an
    // Action.Execute button (no "trigger" field). The bot's invoke response comes back over HTTP, not
    // over the websocket. cardMessageId is PlaygroundEvent.MessageId of the message holding the card.
    public async Task<PlaygroundInvokeResponse> ClickExecuteAsync(
        string conversationId,
        string cardMessageId,
        string userId,
        string verb,
        JsonObject? data,
        CancellationToken cancellationToken)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb };
        if (data is not null)
        {
            action["data"] = data;
        }

        var body = new JsonObject
        {
            ["name"] = ExecuteInvokeName,
            ["from"] = new JsonObject { ["id"] = userId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject { ["action"] = action },
        };
        using var response = await _http.PostAsJsonAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), body, cancellationToken);
        var json = await ReadJsonAsync(response, "invoke adaptiveCard/action", cancellationToken);
        return new PlaygroundInvokeResponse(
            json.TryGetProperty("type", out var type) ? type.GetString() : null,
            json.TryGetProperty("value", out var value) ? value : default);
    }

    // POST /_conversation/v1/submit: an Action.Submit click. The bot receives a message activity with
    // value (the action's data merged with the card inputs) and replyToId = cardMessageId.
    public async Task SubmitAsync(
        string conversationId,
        string cardMessageId,
        string userId,
        JsonObject value,
        CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = userId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = cardMessageId,
            ["value"] = value,
        };
        using var response = await _http.PostAsJsonAsync(new Uri("_conversation/v1/submit", UriKind.Relative), body, cancellationToken);
        await EnsureSuccessAsync(response, "submit", cancellationToken);
    }

    // POST /_internal/v1/customActivities: forwards any activity to the bot as is. The Playground
    // answers 200 before the bot has it; the bot's HTTP answer is not reported back.
    public async Task SendCustomActivityAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(
            new Uri("_internal/v1/customActivities", UriKind.Relative), activity, cancellationToken);
        await EnsureSuccessAsync(response, "custom activity", cancellationToken);
    }

    // GET /_internal/v1/customActivities/template: id, timestamp, channelId, serviceUrl, recipient,
    // conversation (with conversationType, isGroup, tenantId) and from (the current user) for a conversation.
    public async Task<JsonObject> CustomActivityTemplateAsync(string conversationId, CancellationToken cancellationToken)
    {
        var path = new Uri($"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}", UriKind.Relative);
        using var response = await _http.GetAsync(path, cancellationToken);
        var json = await ReadJsonAsync(response, "custom activity template", cancellationToken);
        return JsonNode.Parse(json.GetRawText())!.AsObject();
    }

    public void Dispose() => _http.Dispose();

    private async Task<PlaygroundTenant> TenantAsync(CancellationToken cancellationToken) =>
        _tenant ?? await GetTenantAsync(cancellationToken);

    private static string BotMention(PlaygroundTenant tenant) => $"<at>{tenant.Bot.Name}</at>";

    private static Uri ConversationPath(string prefix, string conversationId, string suffix) =>
        new(prefix + Uri.EscapeDataString(conversationId) + suffix, UriKind.Relative);

    private static async Task<JsonElement> ReadJsonAsync(
        HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, operation, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(PlaygroundJson.Options, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(
        HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new PlaygroundApiException(operation, response.StatusCode, body);
        }
    }
}
