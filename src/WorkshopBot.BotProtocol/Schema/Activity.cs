using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.BotProtocol.Schema;

// Typed subset of https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md.
// Fields we do not model survive a round trip through Properties.
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Summary { get; init; }

    public string? InputHint { get; init; }

    public string? Locale { get; init; }

    public string? Name { get; init; }

    public string? Action { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }

    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    // A setter, not init: System.Text.Json cannot fill extension data through init-only members.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    public static Activity CreateMessage(Attachment attachment, string? text = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Attachments = [attachment] };

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    public bool IsConversationType(string conversationType) =>
        Conversation?.IsConversationType(conversationType) == true;

    // Tenant id: Teams puts it in channelData.tenant.id and (newer payloads) conversation.tenantId.
    [JsonIgnore]
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation?.TenantId;

    [JsonIgnore]
    public string? MeetingId => ChannelData?.Meeting?.Id;

    // conversationUpdate: the bot itself was added when one of membersAdded is the recipient.
    public bool IsBotAdded() => ContainsRecipient(MembersAdded);

    public bool IsBotRemoved() => ContainsRecipient(MembersRemoved);

    // A reply shaped as PROTOCOL.md §3: same channel, service and conversation; from/recipient
    // swapped; replyToId set; never an id of its own.
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
    };

    public ConversationReference GetConversationReference() => new()
    {
        ServiceUrl = ServiceUrl ?? string.Empty,
        ChannelId = ChannelId ?? string.Empty,
        Conversation = Conversation ?? new ConversationAccount(),
        Bot = Recipient ?? new ChannelAccount(),
        User = From,
        TenantId = TenantId,
        TeamId = ChannelData?.Team?.Id,
        TeamsChannelId = ChannelData?.Channel?.Id,
        MeetingId = MeetingId,
        Locale = Locale,
        ActivityId = Id,
    };

    // Removes the bot's own <at>…</at> mention (located via entities whose mentioned.id is the
    // recipient) so commands in channels parse the same as in personal chat. Other users'
    // mentions are left alone.
    public string? GetTextWithoutBotMention()
    {
        if (Text is null)
        {
            return null;
        }

        var text = Text;
        var botId = Recipient?.Id;
        if (botId is not null && Entities is not null)
        {
            foreach (var entity in Entities)
            {
                if (entity is { IsMention: true }
                    && string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase)
                    && !string.IsNullOrEmpty(entity.Text))
                {
                    text = text.Replace(entity.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return CollapseWhitespace(text);
    }

    private bool ContainsRecipient(IReadOnlyList<ChannelAccount>? members)
    {
        var botId = Recipient?.Id;
        return botId is not null
            && members is not null
            && members.Any(m => string.Equals(m?.Id, botId, StringComparison.OrdinalIgnoreCase));
    }

    private static string CollapseWhitespace(string text)
    {
        // Teams wraps mentions in &nbsp; and leaves double spaces where the mention was.
        var normalized = text.Replace('\u00a0', ' ').Replace("&nbsp;", " ", StringComparison.Ordinal);
        return string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
