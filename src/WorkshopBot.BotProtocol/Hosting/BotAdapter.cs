using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Hosting;

// The turn pipeline behind POST /api/messages (authenticate, remember the conversation,
// deduplicate, dispatch) and the entry points for proactive messages. HTTP-free so it can be
// tested without sockets; BotEndpoints does the HTTP part.
public sealed partial class BotAdapter(
    IBotTokenValidator validator,
    IConnectorClient connector,
    TrustedServiceUrls trustedServiceUrls,
    IConversationReferenceStore references,
    IActivityDeduplicator deduplicator,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotAdapter> logger)
{
    // Bookkeeping after the turn (completing or releasing the dedupe claim) may take this long at most: the
    // answer is ready and must not wait on a storage outage.
    private static readonly TimeSpan BookkeepingBudget = TimeSpan.FromSeconds(2);

    // An activity that fails ActivityValidation is a 400, before authentication and without side
    // effects. The turn runs within BotFrameworkOptions.TurnBudget; a turn that throws or runs out of it
    // releases its dedupe claim (so a redelivery can retry) and is answered by the handler's
    // OnTurnErrorAsync, or propagates (the endpoint logs it once and answers 500) when that does not handle it.
    public async Task<BotTurnResult> ProcessActivityAsync(string? authorizationHeader, Activity activity, ActivityHandler? handler, CancellationToken cancellationToken)
    {
        if (ActivityValidation.ProblemOf(activity) is { } problem)
        {
            return BotTurnResult.BadRequest(problem);
        }

        var authentication = await validator.AuthenticateAsync(authorizationHeader, activity, cancellationToken);
        if (authentication.Caller is not { } caller)
        {
            LogUnauthorized(logger, authentication.FailureReason ?? "unknown");
            return BotTurnResult.Unauthorized;
        }

        if (caller.IsAuthenticatedChannel)
        {
            trustedServiceUrls.Trust(activity.ServiceUrl!);
        }

        var isInvoke = ActivityTypes.Canonical(activity.Type) == ActivityTypes.Invoke;
        var conversationId = activity.Conversation!.Id!;
        var dedupKey = handler is not null && IsDeduplicated(activity) && !handler.IsIdempotent(activity) ? activity.Id : null;
        var claimed = false;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.TurnBudget);
        var turn = new TurnContext(activity, caller, connector);
        InvokeResponse? response;
        try
        {
            await RememberConversationAsync(activity, budget.Token);
            if (handler is null)
            {
                return isInvoke ? BotTurnResult.NotImplemented : BotTurnResult.Ok;
            }

            if (dedupKey is not null)
            {
                var claim = await deduplicator.TryClaimAsync(conversationId, dedupKey, budget.Token);
                if (!claim.IsClaimed)
                {
                    LogDuplicate(logger, activity.Type!, claim.Status);
                    return isInvoke ? BotTurnResult.FromInvoke(await StoredAnswerAsync(claim, handler, activity, caller, budget.Token)) : BotTurnResult.Ok;
                }

                claimed = true;
            }

            response = await handler.OnTurnAsync(turn, budget.Token);
            if (response is not null && turn.ReplayKey is { } replayKey)
            {
                response = response with { ReplayKey = replayKey };
            }
        }
        catch (ConnectorException ex) when (!isInvoke && IsRefusedForGood(ex))
        {
            // The channel's connector refused our answer to this message (a 4xx other than 429): a
            // redelivery would be refused the same way, so the turn is acknowledged, not failed.
            LogAnswerRefused(logger, ex.Operation, (int)ex.StatusCode!.Value, ex);
            response = null;
        }
        catch (Exception ex)
        {
            if (claimed)
            {
                await ReleaseClaimAsync(conversationId, dedupKey!);
            }

            if (cancellationToken.IsCancellationRequested || handler is null)
            {
                throw;
            }

            var answer = await handler.OnTurnErrorAsync(turn, ex, cancellationToken);
            if (answer is null)
            {
                throw;
            }

            LogTurnFailedAnswered(logger, activity.Type!, activity.Name, budget.IsCancellationRequested, ex);
            return isInvoke ? BotTurnResult.FromInvoke(answer) : BotTurnResult.Ok;
        }

        if (isInvoke)
        {
            response ??= InvokeResponse.NotImplemented();
        }

        if (claimed)
        {
            await CompleteClaimAsync(conversationId, dedupKey!, isInvoke ? response : null);
        }

        return isInvoke ? BotTurnResult.FromInvoke(response!) : BotTurnResult.Ok;
    }

    // Runs callback in a turn for a stored conversation (PROTOCOL.md §3, proactive messages).
    // A 403 from the connector for this conversation removes the reference (the app is gone from
    // it) and is rethrown so the caller knows the message did not arrive.
    public async Task ContinueConversationAsync(
        ConversationReference reference,
        Func<TurnContext, CancellationToken, Task> callback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);

        // Stored references were made from authenticated activities.
        trustedServiceUrls.Trust(reference.ServiceUrl);
        var turn = new TurnContext(reference.ToContinuationActivity(), BotCallerIdentity.Proactive, connector);
        try
        {
            await callback(turn, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.ShouldDropConversationReference && ex.ConversationId == reference.Conversation.Id)
        {
            LogReferenceDropped(logger, ex.ErrorCode);
            await references.RemoveAsync(reference.Conversation.Id!, CancellationToken.None);
            throw;
        }
    }

    // Starts a new conversation (a channel thread or a 1:1 chat; see the
    // ConversationParameters factories), saves its reference and returns it.
    public async Task<ConversationStarted> CreateConversationAsync(
        ConversationReference origin,
        ConversationParameters parameters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(parameters);

        trustedServiceUrls.Trust(origin.ServiceUrl);
        var created = await connector.CreateConversationAsync(origin.ServiceUrl, parameters, cancellationToken);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ConnectorException("createConversation", System.Net.HttpStatusCode.OK, null, "The connector did not return a conversation id.");
        }

        var serviceUrl = string.IsNullOrEmpty(created.ServiceUrl) ? origin.ServiceUrl : created.ServiceUrl;
        trustedServiceUrls.Trust(serviceUrl);
        var teamsChannelId = parameters.ChannelData?.Channel?.Id;
        var isGroup = parameters.IsGroup == true;
        var reference = origin with
        {
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount
            {
                Id = created.Id,
                IsGroup = isGroup,
                ConversationType = !isGroup ? ConversationTypes.Personal
                    : teamsChannelId is not null ? ConversationTypes.Channel
                    : ConversationTypes.GroupChat,
                TenantId = parameters.TenantId ?? origin.TenantId,
            },
            User = parameters.Members is [var member] ? member : isGroup ? null : origin.User,
            TeamsChannelId = teamsChannelId ?? origin.TeamsChannelId,
            ActivityId = created.ActivityId,
        };
        await references.SaveAsync(reference, cancellationToken);
        return new ConversationStarted(reference, created.ActivityId);
    }

    // The answer a duplicate gets: the stored one, or the one rendered again from its replay key.
    private async Task<InvokeResponse> StoredAnswerAsync(DeduplicationClaim claim, ActivityHandler handler, Activity activity, BotCallerIdentity caller, CancellationToken cancellationToken)
    {
        if (claim.StoredResponse is { Body: null, ReplayKey: { } replayKey }
            && await handler.ReplayAsync(replayKey, new TurnContext(activity, caller, connector), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        return claim.StoredResponse is { } stored && (stored.Body is not null || stored.ReplayKey is null)
            ? stored
            : DuplicateInvokeResponse(activity);
    }

    private static bool IsRefusedForGood(ConnectorException ex) =>
        ex.StatusCode is { } status && (int)status is >= 400 and < 500 && status != System.Net.HttpStatusCode.TooManyRequests;

    private static bool IsDeduplicated(Activity activity) =>
        !string.IsNullOrEmpty(activity.Id)
        && ActivityTypes.Canonical(activity.Type) is ActivityTypes.Message or ActivityTypes.Invoke;

    // A redelivery while the first delivery is still running (or finished without a stored
    // response): acknowledge without running the handler again.
    private static InvokeResponse DuplicateInvokeResponse(Activity activity) =>
        activity.Name == InvokeNames.AdaptiveCardAction
            ? InvokeResponse.FromAdaptiveCard(new AdaptiveCardInvokeResponse(200, ContentTypes.ActivityMessage, JsonValue.Create(string.Empty)))
            : InvokeResponse.Ok();

    private async Task RememberConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        var removed = activity.IsBotRemoved()
            || (ActivityTypes.Canonical(activity.Type) == ActivityTypes.InstallationUpdate
                && string.Equals(activity.Action, InstallationActions.Remove, StringComparison.OrdinalIgnoreCase));
        try
        {
            if (removed)
            {
                await references.RemoveAsync(conversationId, cancellationToken);
            }
            else
            {
                await references.SaveAsync(activity.GetConversationReference(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The turn can still be answered; only later proactive messages are affected.
            LogReferenceStoreFailed(logger, ex);
        }
    }

    // The turn already happened; failing to record that must not turn its answer into a 500.
    // A later redelivery then finds the claim InProgress and is acknowledged without a rerun.
    private async Task CompleteClaimAsync(string conversationId, string activityId, InvokeResponse? response)
    {
        try
        {
            using var bounded = new CancellationTokenSource(BookkeepingBudget);
            await deduplicator.CompleteAsync(conversationId, activityId, response, bounded.Token);
        }
        catch (Exception ex)
        {
            LogCompleteFailed(logger, ex);
        }
    }

    private async Task ReleaseClaimAsync(string conversationId, string activityId)
    {
        try
        {
            using var bounded = new CancellationTokenSource(BookkeepingBudget);
            await deduplicator.ReleaseAsync(conversationId, activityId, bounded.Token);
        }
        catch (Exception ex)
        {
            LogReleaseFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Rejected activity: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Duplicate {ActivityType} activity ignored ({Status})")]
    private static partial void LogDuplicate(ILogger logger, string activityType, DeduplicationStatus status);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Could not save or remove the conversation reference")]
    private static partial void LogReferenceStoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Could not release the deduplication claim")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Could not mark the deduplication claim as completed")]
    private static partial void LogCompleteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "The connector refused the answer ({Operation}, HTTP {StatusCode}); the activity is acknowledged")]
    private static partial void LogAnswerRefused(ILogger logger, string? operation, int statusCode, Exception exception);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "A {ActivityType} turn ({Name}) failed (turn budget spent: {BudgetSpent}); the bot answered with its failure notice")]
    private static partial void LogTurnFailedAnswered(ILogger logger, string activityType, string? name, bool budgetSpent, Exception exception);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Conversation reference dropped after a 403 ({ErrorCode})")]
    private static partial void LogReferenceDropped(ILogger logger, string? errorCode);
}
