using WorkshopBot.Application.Errors;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Web.Bot;

namespace WorkshopBot.Web.RateLimiting;

// The bot as Teams reaches it: what a person does (messages and invokes) passes the user's and the
// werkgroep's (conversation's) bucket first; the adapter has checked the Bot Framework token by then.
// Membership and install events are Teams reporting facts and always pass. A refused click gets the
// friendly text as the invoke's error (Teams shows it under the card); a refused message is answered
// once per user per half minute, so a flood does not turn into a flood of replies.
public sealed partial class RateLimitedActivityHandler(WorkshopActivityHandler inner, WorkshopRateLimiter limiter, ILogger<RateLimitedActivityHandler> logger) : ActivityHandler
{
    private static readonly DomainError RateLimited = new(DomainErrorCodes.RateLimited, "Too many requests.");

    public override async Task<InvokeResponse?> OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var type = ActivityTypes.Canonical(activity.Type);
        if (type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return await inner.OnTurnAsync(turnContext, cancellationToken);
        }

        var user = activity.From?.AadObjectId is { Length: > 0 } aad ? aad : activity.From?.Id;
        var conversation = ChannelThreadId.Channel(activity.Conversation?.Id ?? "");
        if (limiter.Refusal(user, conversation) is not { } wait)
        {
            return await inner.OnTurnAsync(turnContext, cancellationToken);
        }

        LogLimited(logger, type, WorkshopRateLimiter.RetryAfterSeconds(wait));
        var language = Languages.FromLocale(activity.Locale);
        var message = ErrorCatalog.MessageFor(RateLimited, language);
        if (type == ActivityTypes.Invoke)
        {
            return activity.Name switch
            {
                InvokeNames.AdaptiveCardAction => InvokeResponse.FromAdaptiveCard(AdaptiveCardInvokeResponse.Error(ErrorCatalog.StatusOf(RateLimited.Code), RateLimited.Code, message)),
                InvokeNames.TaskFetch or InvokeNames.TaskSubmit => TaskModuleResponse.Message(message),
                _ => new InvokeResponse(ErrorCatalog.StatusOf(RateLimited.Code)),
            };
        }

        if (limiter.MayNotify(user))
        {
            var card = NoticeCard.Build(new NoticeView(NoticeSeverity.Warning, message), language);
            await turnContext.SendActivityAsync(Activity.CreateMessage(Attachment.AdaptiveCard(card)), cancellationToken);
        }

        return null;
    }

    // The wrapper is the handler the adapter sees: a failed turn and a redelivered invoke's answer are the
    // inner handler's business, as if the wrapper were not there.
    public override Task<InvokeResponse?> OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken) =>
        inner.OnTurnErrorAsync(turnContext, exception, cancellationToken);

    public override Task<InvokeResponse?> ReplayAsync(string replayKey, TurnContext turnContext, CancellationToken cancellationToken) =>
        inner.ReplayAsync(replayKey, turnContext, cancellationToken);

    public override bool IsIdempotent(Activity activity) => inner.IsIdempotent(activity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limited a {Type}; retry after {Seconds} s.")]
    private static partial void LogLimited(ILogger logger, string type, int seconds);
}
