using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Web.Hosting;

namespace WorkshopBot.Web.Summaries;

// The proactive sends of the summary flow: the new thread, PUTs of the shared card and 1:1 cards, and
// the rosters they need. Every call goes through IConnectorClient, whose pacer keeps within the Teams
// limits (queueing, never failing) and whose resilience honours 429 Retry-After.
public sealed partial class SummaryMessaging(
    IConnectorClient connector,
    TrustedServiceUrls trustedServiceUrls,
    IConversationReferenceStore references,
    ILogger<SummaryMessaging>? logger = null)
{
    private const int MembersPageSize = 500;
    private const int MaxRememberedTeamsIds = 50_000;
    // Entra object id → Teams "29:" id, from every roster page read: bounded, since rosters of large
    // channels and many teams pass through here over the host's lifetime.
    private readonly BoundedCache<string, string> teamsIds = new(MaxRememberedTeamsIds, TimeSpan.FromDays(7), StringComparer.OrdinalIgnoreCase);
    private readonly ILogger logger = logger ?? NullLogger<SummaryMessaging>.Instance;

    // The application's way to Teams for one command, from the conversation it came from.
    public ISummaryOutbox For(ConversationReference origin) => new SummaryOutbox(this, origin, logger);

    // Every member of the channel, for the reviewer list; what was read so far when Teams fails.
    public async Task<IReadOnlyList<TeamsChannelAccount>> ChannelMembersAsync(string serviceUrl, string teamsChannelId, CancellationToken cancellationToken)
    {
        var members = new List<TeamsChannelAccount>();
        try
        {
            await foreach (var member in RosterAsync(serviceUrl, teamsChannelId, cancellationToken))
            {
                members.Add(member);
            }
        }
        catch (ConnectorException ex)
        {
            // Publishing still works; members who answer become reviewers on their first answer.
            LogMembersFailed(logger, ex);
        }

        return members;
    }

    // One member of the conversation's roster (a mentioned person); null when Teams cannot say.
    public async Task<TeamsChannelAccount?> MemberAsync(string serviceUrl, string rosterId, string memberId, CancellationToken cancellationToken)
    {
        try
        {
            return await connector.GetMemberAsync(serviceUrl, rosterId, memberId, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogMemberLookupFailed(logger, ex);
            return null;
        }
    }

    // Teams answers 404 for someone who is not (or no longer) on the conversation's roster; any other
    // failure means Teams cannot say now.
    public async Task<bool?> IsMemberAsync(string serviceUrl, string rosterId, string memberId, CancellationToken cancellationToken)
    {
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, rosterId, memberId, cancellationToken);
            if (member is { Id.Length: > 0, AadObjectId.Length: > 0 })
            {
                teamsIds.Set(member.AadObjectId, member.Id);
            }

            return true;
        }
        catch (ConnectorException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (ConnectorException ex)
        {
            LogMemberLookupFailed(logger, ex);
            return null;
        }
    }

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

    // The shared card's language is the review's, never the language of whoever triggered the update.
    public static Language SharedLanguage(SummaryReview review) => Languages.FromLocale(review.Locale);

    // Changes the card in the thread for everyone (the shared view, no viewer).
    public Task UpdateSharedCardAsync(SummaryReview review, CancellationToken cancellationToken) =>
        UpdateSharedCardAsync(review, supersededByUrl: null, cancellationToken);

    // supersededByUrl: the newer version's thread, linked from a superseded card.
    public async Task UpdateSharedCardAsync(SummaryReview review, string? supersededByUrl, CancellationToken cancellationToken)
    {
        if (review.Card is not { } posted)
        {
            return;
        }

        var card = SummaryCard.Build(SummaryViews.Summary(review, viewerId: null) with { SupersededByUrl = supersededByUrl }, SharedLanguage(review));
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

    // A 1:1 chat with the card as its first message. Teams posts the activity given with
    // createConversation and answers with its activityId; a connector that answers without one
    // did not post it (the Agents Playground ignores it for 1:1 chats), so the card is sent into
    // the new chat. 403 (app not installed for the user, bot blocked) surfaces as
    // ConnectorException.ShouldDropConversationReference.
    public async Task SendPersonalAsync(ConversationReference origin, string userId, string? name, JsonObject card, CancellationToken cancellationToken)
    {
        trustedServiceUrls.Trust(origin.ServiceUrl);
        var user = await PersonalAccountAsync(origin, userId, name, cancellationToken);
        var activity = Activity.CreateMessage(Attachment.AdaptiveCard(card));
        var created = await connector.CreateConversationAsync(origin.ServiceUrl, ConversationParameters.ForPersonalChat(origin, user, activity), cancellationToken);
        if (!string.IsNullOrEmpty(created.ActivityId))
        {
            return;
        }

        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ConnectorException("createConversation", System.Net.HttpStatusCode.OK, null, "The connector did not return the 1:1 chat.");
        }

        var serviceUrl = string.IsNullOrEmpty(created.ServiceUrl) ? origin.ServiceUrl : created.ServiceUrl;
        trustedServiceUrls.Trust(serviceUrl);
        var chat = origin with
        {
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = ConversationTypes.Personal, TenantId = origin.TenantId },
            User = null,
            ActivityId = null,
        };
        await connector.SendToConversationAsync(serviceUrl, created.Id, chat.ApplyTo(activity), cancellationToken);
    }

    // Users are known by their Entra object id. Teams also starts a 1:1 with that id, but the "29:"
    // id from the roster of the conversation the request came from is what every connector knows
    // (the Agents Playground only knows those). A user's "29:" id never changes for this bot, so
    // every roster page read is remembered: a round of reminders reads the roster once, not per
    // reviewer. Without a roster match the object id is used.
    private async Task<ChannelAccount> PersonalAccountAsync(ConversationReference origin, string userId, string? name, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(userId, out _) && origin.Conversation?.Id is { Length: > 0 } conversationId)
        {
            if (!teamsIds.TryGet(userId, out var teamsId))
            {
                teamsId = await FindInRosterAsync(origin.ServiceUrl, ChannelThreadId.Channel(conversationId), userId, cancellationToken);
            }

            if (teamsId is not null)
            {
                return new ChannelAccount { Id = teamsId, AadObjectId = userId, Name = name };
            }
        }

        return userId.StartsWith("29:", StringComparison.Ordinal)
            ? new ChannelAccount { Id = userId, Name = name }
            : new ChannelAccount { Id = userId, AadObjectId = userId, Name = name };
    }

    private async Task<string?> FindInRosterAsync(string serviceUrl, string rosterId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in RosterAsync(serviceUrl, rosterId, cancellationToken))
            {
                if (teamsIds.TryGet(userId, out var found))
                {
                    return found;
                }
            }
        }
        catch (ConnectorException)
        {
            // No roster now: the object id still reaches the user in Teams.
        }

        return null;
    }

    // The roster page by page; every "29:" id seen is remembered for PersonalAccountAsync.
    private async IAsyncEnumerable<TeamsChannelAccount> RosterAsync(string serviceUrl, string rosterId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, rosterId, MembersPageSize, continuation, cancellationToken);
            foreach (var member in page.Members)
            {
                if (member is { Id.Length: > 0, AadObjectId.Length: > 0 })
                {
                    teamsIds.Set(member.AadObjectId, member.Id);
                }

                yield return member;
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the large group's members.")]
    private static partial void LogMembersFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up the mentioned member.")]
    private static partial void LogMemberLookupFailed(ILogger logger, Exception exception);
}
