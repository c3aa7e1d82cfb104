using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Web.Summaries;

// ISummaryOutbox for one command: the summary cards rendered and sent through SummaryMessaging from the
// conversation the command came from. Best-effort sends log a failed send and go on.
public sealed partial class SummaryOutbox(SummaryMessaging messaging, ConversationReference origin, ILogger logger) : ISummaryOutbox
{
    public async Task<IReadOnlyList<RosterMember>> ChannelMembersAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        [.. (await messaging.ChannelMembersAsync(channel.ServiceUrl, ChannelThreadId.Channel(channel.ConversationId), cancellationToken)).Select(ToRosterMember)];

    public async Task<RosterMember?> FindMemberAsync(string memberId, CancellationToken cancellationToken) =>
        origin.Conversation?.Id is { Length: > 0 } conversationId
        && await messaging.MemberAsync(origin.ServiceUrl, ChannelThreadId.Channel(conversationId), memberId, cancellationToken) is { } member
            ? ToRosterMember(member)
            : null;

    public Task<bool?> IsMemberAsync(string memberId, CancellationToken cancellationToken) =>
        origin.Conversation?.Id is { Length: > 0 } conversationId
            ? messaging.IsMemberAsync(origin.ServiceUrl, ChannelThreadId.Channel(conversationId), memberId, cancellationToken)
            : Task.FromResult<bool?>(null);

    public Task<PostedCard> PostSummaryAsync(ChannelRef channel, SummaryReview review, Language language, CancellationToken cancellationToken) =>
        messaging.PostThreadAsync(origin, channel.ServiceUrl, ChannelThreadId.Channel(channel.ConversationId), SummaryCard.Build(SummaryViews.Summary(review, viewerId: null), language), cancellationToken);

    public async Task UpdateSharedCardAsync(SummaryReview review, string? supersededByUrl, CancellationToken cancellationToken)
    {
        try
        {
            await messaging.UpdateSharedCardAsync(review, supersededByUrl, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // Saved; the shared card catches up with the next change or refresh.
            LogSharedCardFailed(logger, review.Id, ex);
        }
    }

    public async Task SendSummaryAsync(SummaryReview review, Reviewer reviewer, CancellationToken cancellationToken)
    {
        try
        {
            var card = SummaryCard.Build(SummaryViews.Summary(review, reviewer.UserId), SummaryMessaging.SharedLanguage(review));
            await messaging.SendPersonalAsync(origin, reviewer.UserId, reviewer.Name, card, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // The reviewer is recorded; the reminder worker reaches them later or reports them unreachable.
            LogPersonalCardFailed(logger, review.Id, ex);
        }
    }

    public async Task NotifyModeratorsAsync(SummaryReview review, ReviewResponse response, Language language, CancellationToken cancellationToken)
    {
        var card = ReviewNotificationCard.Build(SummaryViews.Notification(review, response, ThreadLink(review.Card)), language);
        foreach (var moderator in review.Moderators)
        {
            try
            {
                await messaging.SendPersonalAsync(origin, moderator.UserId, moderator.Name, card, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                LogPersonalCardFailed(logger, review.Id, ex);
            }
        }
    }

    // Plain text: the reply is user input and must not render as markdown (links, mentions).
    public Task PostInThreadAsync(SummaryReview review, string text, CancellationToken cancellationToken) =>
        messaging.PostInThreadAsync(review, Activity.CreateMessage(text) with { TextFormat = "plain" }, cancellationToken);

    public string? ThreadLink(PostedCard? card) => SummaryThreadLinks.For(card, origin.TenantId);

    private static RosterMember ToRosterMember(TeamsChannelAccount member) =>
        new(member.Id, member.AadObjectId, member.Name, member.Email, member.UserPrincipalName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the shared card of {ReviewId}.")]
    private static partial void LogSharedCardFailed(ILogger logger, string reviewId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send a card of {ReviewId} in a 1:1 chat.")]
    private static partial void LogPersonalCardFailed(ILogger logger, string reviewId, Exception exception);
}
