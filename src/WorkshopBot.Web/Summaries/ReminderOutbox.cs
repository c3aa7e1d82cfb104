using System.Text.Json.Nodes;
using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Web.Summaries;

// IReminderOutbox through SummaryMessaging: 1:1 chats start from the review thread's stored reference,
// reminders render as ReminderCard and notices as NoticeCard in that reference's language. A 403 that
// means "never" (ConnectorException.ShouldDropConversationReference) is Unreachable; any other connector
// failure is logged here and reported as Failed.
public sealed partial class ReminderOutbox(SummaryMessaging messaging, ILogger<ReminderOutbox> logger) : IReminderOutbox
{
    public async Task<IReminderThread?> ThreadAsync(SummaryReview review, CancellationToken cancellationToken)
    {
        if (await messaging.ThreadReferenceAsync(review, cancellationToken) is not { } origin)
        {
            return null;
        }

        // One card for the whole round: every reviewer gets the same reminder.
        var language = Languages.FromLocale(origin.Locale);
        return new ReviewThread(messaging, logger, origin, review.Id, language, ReminderCard.Build(SummaryViews.Reminder(review), language));
    }

    public Task UpdateSharedCardAsync(SummaryReview review, CancellationToken cancellationToken) =>
        messaging.UpdateSharedCardAsync(review, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {ReviewId}: a reminder or notice could not be sent.")]
    private static partial void LogSendFailed(ILogger logger, string reviewId, Exception exception);

    private sealed class ReviewThread(SummaryMessaging messaging, ILogger logger, ConversationReference origin, string reviewId, Language language, JsonObject reminder) : IReminderThread
    {
        public Language Language => language;

        public async Task<ReminderDelivery> SendReminderAsync(Reviewer reviewer, CancellationToken cancellationToken)
        {
            try
            {
                await messaging.SendPersonalAsync(origin, reviewer.UserId, reviewer.Name, reminder, cancellationToken);
                return ReminderDelivery.Delivered;
            }
            catch (ConnectorException ex) when (ex.ShouldDropConversationReference)
            {
                return ReminderDelivery.Unreachable;
            }
            catch (ConnectorException ex)
            {
                LogSendFailed(logger, reviewId, ex);
                return ReminderDelivery.Failed;
            }
        }

        public async Task SendNoticeAsync(Person moderator, string text, CancellationToken cancellationToken)
        {
            try
            {
                var notice = NoticeCard.Build(new NoticeView(NoticeSeverity.Warning, text), language);
                await messaging.SendPersonalAsync(origin, moderator.UserId, moderator.Name, notice, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                LogSendFailed(logger, reviewId, ex);
            }
        }
    }
}
