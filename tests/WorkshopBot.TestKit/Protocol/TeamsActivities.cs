using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.TestKit.Protocol;

// Teams-shaped inbound activities for handler tests, with the same field layout as the captured
// payloads in BotProtocol.Tests/Payloads. Every id can be overridden with `with`.
public static class TeamsActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:9d2f0c4e-7f5b-4a3c-8e1d-2b6a4c8f0e11";
    public const string BotName = "Workshop Bot";
    public const string TeamId = "19:team0123456789@thread.tacv2";
    public const string ChannelConversationId = "19:channel0123456789@thread.tacv2";
    public const string PersonalConversationId = "a:1PersonalChatWithUser";

    private static int nextId;

    public static ChannelAccount User(string id = "29:user-anne", string name = "Anne de Vries", string? aadObjectId = null) =>
        new() { Id = id, Name = name, AadObjectId = aadObjectId ?? "0f0e0d0c-0b0a-0909-0807-060504030201" };

    public static Activity PersonalMessage(string text, ChannelAccount? from = null, string locale = "nl-NL") =>
        Base(ActivityTypes.Message, from, Personal(), locale) with { Text = text, TextFormat = "plain" };

    // A channel post that @mentions the bot: "<at>Workshop Bot</at> {text}" with the mention entity.
    public static Activity ChannelMention(string text, ChannelAccount? from = null, string teamsChannelId = ChannelConversationId, string locale = "nl-NL")
    {
        var mention = $"<at>{BotName}</at>";
        var rootId = NewId();
        return Base(ActivityTypes.Message, from, Channel($"{teamsChannelId};messageid={rootId}"), locale) with
        {
            Id = rootId,
            Text = $"{mention} {text}",
            TextFormat = "plain",
            Entities = [Entity.Mention(ChannelAccount.Create(BotId, BotName), mention)],
            ChannelData = ChannelData(teamsChannelId),
        };
    }

    // Action.Execute → invoke adaptiveCard/action (PROTOCOL.md §4). replyToId is the card message.
    public static Activity CardAction(string verb, JsonObject? data = null, string replyToId = "1:card-message", ChannelAccount? from = null, Activity? conversationOf = null)
    {
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        var template = conversationOf ?? Base(ActivityTypes.Invoke, from, Personal(), "nl-NL");
        return template with
        {
            Type = ActivityTypes.Invoke,
            Id = NewId(),
            Name = InvokeNames.AdaptiveCardAction,
            From = from ?? template.From,
            ReplyToId = replyToId,
            Text = null,
            Entities = null,
            Value = JsonSerializer.SerializeToElement(value, BotJson.Context.JsonNode),
        };
    }

    // Action.Submit fallback: a message whose value holds the card data.
    public static Activity CardSubmit(JsonObject data, ChannelAccount? from = null) =>
        Base(ActivityTypes.Message, from, Personal(), "nl-NL") with
        {
            Value = JsonSerializer.SerializeToElement(data, BotJson.Context.JsonNode),
        };

    public static Activity BotAddedToTeam(ChannelAccount? addedBy = null) =>
        Base(ActivityTypes.ConversationUpdate, addedBy, Channel(TeamId), null) with
        {
            MembersAdded = [ChannelAccount.Create(BotId)],
            ChannelData = ChannelData(TeamId) with { EventType = "teamMemberAdded" },
        };

    public static Activity InstallationUpdate(string action = InstallationActions.Add, ChannelAccount? from = null) =>
        Base(ActivityTypes.InstallationUpdate, from, Personal(), "nl-NL") with { Action = action };

    public static Activity MeetingStart(string meetingId, string title = "Grote groep", string conversationId = "19:meeting_abc@thread.v2") =>
        Base(ActivityTypes.Event, null, new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.GroupChat, IsGroup = true, TenantId = TenantId }, "nl-NL") with
        {
            Name = EventNames.MeetingStart,
            Value = JsonSerializer.SerializeToElement(new JsonObject { ["Id"] = meetingId, ["Title"] = title }, BotJson.Context.JsonNode),
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(TenantId), Meeting = new MeetingInfo(meetingId) },
        };

    private static Activity Base(string type, ChannelAccount? from, ConversationAccount conversation, string? locale) => new()
    {
        Type = type,
        Id = NewId(),
        Timestamp = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = from ?? User(),
        Recipient = new ChannelAccount { Id = BotId, Name = BotName },
        Conversation = conversation,
        Locale = locale,
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(TenantId) },
    };

    private static ConversationAccount Personal() =>
        new() { Id = PersonalConversationId, ConversationType = ConversationTypes.Personal, TenantId = TenantId };

    private static ConversationAccount Channel(string id) =>
        new() { Id = id, ConversationType = ConversationTypes.Channel, IsGroup = true, TenantId = TenantId };

    private static TeamsChannelData ChannelData(string teamsChannelId) => new()
    {
        Tenant = new TenantInfo(TenantId),
        Team = new TeamInfo { Id = TeamId, Name = "Kwaliteitskompas" },
        Channel = new ChannelInfo { Id = teamsChannelId },
    };

    private static string NewId() => Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
