using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

// The proactive sends of the summary flow: the new thread, PUTs of the shared card and 1:1 cards.
// Every call goes through IConnectorClient, whose pacer keeps within the Teams limits (queueing,
// never failing) and whose resilience honours 429 Retry-After.
public sealed class SummaryMessaging(IConnectorClient connector, TrustedServiceUrls trustedServiceUrls, IConversationReferenceStore references)
{
    // A new thread in the large group's channel with the card as first post. The thread's reference
    // is stored so any instance (the reminder worker) can reach it later.
    public async Task<PostedCard> PostThreadAsync(ConversationReference origin, string serviceUrl, string teamsChannelId, JsonObject card, CancellationToken cancellationToken)
    {
        var channelOrigin = origin with { ServiceUrl = serviceUrl };
        trustedServiceUrls.Trust(origin.ServiceUrl);
        var parameters = ConversationParameters.ForChannelThread(channelOrigin, teamsChannelId, Activity.CreateMessage(Attachment.AdaptiveCard(card)));
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        if (string.IsNullOrEmpty(created.Id) || string.IsNullOrEmpty(created.ActivityId))
        {
            throw new ConnectorException("createConversation", System.Net.HttpStatusCode.OK, null, "The connector did not return the new thread.");
        }

        var threadUrl = string.IsNullOrEmpty(created.ServiceUrl) ? serviceUrl : created.ServiceUrl;
        await references.SaveAsync(
            channelOrigin with
            {
                ServiceUrl = threadUrl,
                Conversation = new ConversationAccount { Id = created.Id, IsGroup = true, ConversationType = ConversationTypes.Channel, TenantId = origin.TenantId },
                User = null,
                TeamsChannelId = teamsChannelId,
                ActivityId = created.ActivityId,
            },
            cancellationToken);
        return new PostedCard(created.Id, created.ActivityId, threadUrl);
    }

    public Task<ConversationReference?> ThreadReferenceAsync(SummaryReview review, CancellationToken cancellationToken) =>
        review.Card is { } card ? references.GetAsync(card.ConversationId, cancellationToken) : Task.FromResult<ConversationReference?>(null);

    // Changes the card in the thread for everyone (the shared view, no viewer).
    public async Task UpdateSharedCardAsync(SummaryReview review, CardLanguage language, CancellationToken cancellationToken)
    {
        if (review.Card is not { } posted)
        {
            return;
        }

        var card = SummaryCard.Build(SummaryViews.Summary(review, viewerId: null), language);
        var reference = await references.GetAsync(posted.ConversationId, cancellationToken);
        var activity = Activity.CreateMessage(Attachment.AdaptiveCard(card));
        activity = reference is null ? activity : reference.ApplyTo(activity);
        trustedServiceUrls.Trust(posted.ServiceUrl);
        await connector.UpdateActivityAsync(posted.ServiceUrl, posted.ConversationId, posted.ActivityId, activity, cancellationToken);
    }

    // A message in the review's thread (the moderator's reply to a question or objection).
    public async Task PostInThreadAsync(SummaryReview review, Activity activity, CancellationToken cancellationToken)
    {
        if (review.Card is not { } posted)
        {
            return;
        }

        var reference = await references.GetAsync(posted.ConversationId, cancellationToken);
        trustedServiceUrls.Trust(posted.ServiceUrl);
        await connector.SendToConversationAsync(posted.ServiceUrl, posted.ConversationId, reference is null ? activity : reference.ApplyTo(activity), cancellationToken);
    }

    // A 1:1 chat with the card. User ids are Entra object ids or "29:" ids; Teams accepts both as
    // the member of a new personal conversation. 403 (app not installed for the user, bot blocked)
    // surfaces as ConnectorException.ShouldDropConversationReference.
    public async Task SendPersonalAsync(ConversationReference origin, string userId, string? name, JsonObject card, CancellationToken cancellationToken)
    {
        var user = userId.StartsWith("29:", StringComparison.Ordinal)
            ? new ChannelAccount { Id = userId, Name = name }
            : new ChannelAccount { Id = userId, AadObjectId = userId, Name = name };
        trustedServiceUrls.Trust(origin.ServiceUrl);
        var parameters = ConversationParameters.ForPersonalChat(origin, user, Activity.CreateMessage(Attachment.AdaptiveCard(card)));
        await connector.CreateConversationAsync(origin.ServiceUrl, parameters, cancellationToken);
    }
}
