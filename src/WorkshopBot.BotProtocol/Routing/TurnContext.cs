using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Routing;

// One turn: the inbound activity, who sent it, and the ways to answer. Outgoing activities get
// this conversation's reference applied (channel, service url, conversation, from = bot) and
// never carry an id of their own.
public sealed class TurnContext
{
    private readonly IConnectorClient connector;

    public TurnContext(Activity activity, BotCallerIdentity caller, IConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(connector);
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new ArgumentException("A turn needs an activity with serviceUrl and conversation.id.", nameof(activity));
        }

        Activity = activity;
        Caller = caller;
        this.connector = connector;
        Reference = activity.GetConversationReference();
    }

    public Activity Activity { get; }

    public BotCallerIdentity Caller { get; }

    public ConversationReference Reference { get; }

    public IConnectorClient Connector => connector;

    // What the handler can render this turn's invoke answer from again when Teams redelivers the activity
    // (see ActivityHandler.ReplayAsync); null stores the whole answer.
    public string? ReplayKey { get; set; }

    private string ServiceUrl => Reference.ServiceUrl;

    private string ConversationId => Reference.Conversation.Id!;

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    // POST v3/conversations/{id}/activities: a new message in this conversation.
    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(ServiceUrl, ConversationId, Outgoing(activity), cancellationToken);

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        // Sequential on purpose: Teams shows messages in the order they arrive.
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            responses.Add(await SendActivityAsync(activity, cancellationToken));
        }

        return responses;
    }

    // POST v3/conversations/{id}/activities/{replyToId}: a reply to the inbound activity.
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var replyToId = activity.ReplyToId ?? Activity.Id;
        if (string.IsNullOrEmpty(replyToId))
        {
            return SendActivityAsync(activity, cancellationToken);
        }

        return connector.ReplyToActivityAsync(ServiceUrl, ConversationId, replyToId, Outgoing(activity) with { ReplyToId = replyToId }, cancellationToken);
    }

    // PUT v3/conversations/{id}/activities/{activityId}: replaces a message the bot sent earlier
    // (for example a card after an Action.Execute, so everyone sees the new state).
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, Outgoing(activity) with { Id = activityId }, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return connector.DeleteActivityAsync(ServiceUrl, ConversationId, activityId, cancellationToken);
    }

    private Activity Outgoing(Activity activity) => Reference.ApplyTo(activity);
}
