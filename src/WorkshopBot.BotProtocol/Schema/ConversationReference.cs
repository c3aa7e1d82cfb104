namespace WorkshopBot.BotProtocol.Schema;

// Everything needed to message a conversation later from any instance (PROTOCOL.md §3).
// ChannelId is the Bot Framework channel ("msteams"); TeamsChannelId is the Teams channel
// ("19:…@thread.tacv2") inside the team.
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }

    public required string ChannelId { get; init; }

    public required ConversationAccount Conversation { get; init; }

    public required ChannelAccount Bot { get; init; }

    public ChannelAccount? User { get; init; }

    public string? TenantId { get; init; }

    public string? TeamId { get; init; }

    public string? TeamsChannelId { get; init; }

    public string? MeetingId { get; init; }

    public string? Locale { get; init; }

    public string? ActivityId { get; init; }

    // What is kept of this reference to message the conversation later (data minimisation, docs/privacy.md):
    // a group chat or channel is messaged without a recipient, so the last sender is not kept at all; a 1:1
    // chat needs its user as the recipient, and only the ids of that user (the Entra id lets an erasure
    // request by object id find it), not their name. Teams marks a 1:1 with conversationType "personal";
    // without a type, only a conversation that is not a group counts as one.
    public ConversationReference ForStorage()
    {
        bool personal = Conversation.ConversationType is null
            ? Conversation.IsGroup != true
            : Conversation.IsConversationType(ConversationTypes.Personal);
        return this with
        {
            User = personal && User is { } user ? new ChannelAccount { Id = user.Id, AadObjectId = user.AadObjectId } : null,
        };
    }

    // Shapes an outgoing activity for this conversation: channel, service url and conversation
    // from the reference, from = bot, recipient = user (unless set), and no id of its own.
    public Activity ApplyTo(Activity activity) => activity with
    {
        Type = activity.Type ?? ActivityTypes.Message,
        Id = null,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Bot,
        Recipient = activity.Recipient ?? User,
        Locale = activity.Locale ?? Locale,
    };

    // The synthetic inbound activity for a proactive turn, as botbuilder's GetContinuationActivity.
    public Activity ToContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = EventNames.ContinueConversation,
        Id = ActivityId,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        Recipient = Bot,
        From = User,
        Locale = Locale,
        ChannelData = TenantId is null && TeamId is null && TeamsChannelId is null && MeetingId is null
            ? null
            : new TeamsChannelData
            {
                Tenant = TenantId is null ? null : new TenantInfo(TenantId),
                Team = TeamId is null ? null : new TeamInfo { Id = TeamId },
                Channel = TeamsChannelId is null ? null : new ChannelInfo { Id = TeamsChannelId },
                Meeting = MeetingId is null ? null : new MeetingInfo(MeetingId),
            },
    };
}
