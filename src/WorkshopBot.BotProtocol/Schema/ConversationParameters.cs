namespace WorkshopBot.BotProtocol.Schema;

// Body of POST v3/conversations (PROTOCOL.md §3).
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public Activity? Activity { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    // A new thread in a Teams channel: isGroup + channelData.channel.id + tenant; the activity
    // becomes the thread's first post.
    public static ConversationParameters ForChannelThread(ConversationReference origin, string teamsChannelId, Activity activity) => new()
    {
        IsGroup = true,
        Bot = origin.Bot,
        TenantId = origin.TenantId,
        ChannelData = new TeamsChannelData
        {
            Channel = new ChannelInfo { Id = teamsChannelId },
            Tenant = origin.TenantId is null ? null : new TenantInfo(origin.TenantId),
        },
        Activity = activity with { Id = null },
    };

    // A 1:1 chat with a user of the same tenant (the app must be installed for that user).
    public static ConversationParameters ForPersonalChat(ConversationReference origin, ChannelAccount user, Activity? activity = null) => new()
    {
        IsGroup = false,
        Bot = origin.Bot,
        Members = [user],
        TenantId = origin.TenantId,
        ChannelData = origin.TenantId is null ? null : new TeamsChannelData { Tenant = new TenantInfo(origin.TenantId) },
        Activity = activity is null ? null : activity with { Id = null },
    };
}
