using WorkshopBot.Application.Monitoring;
using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Summaries;

namespace WorkshopBot.Web.Monitoring;

// IDataOwnerOutbox through SummaryMessaging's 1:1 send (the connector's pacer keeps within the Teams
// limits): the chat starts from the werkgroep conversation's stored reference, with the owner's Teams id
// (MRI) when known, and the card is in that conversation's language. A 403 that means "never" is
// Unreachable; other connector failures are logged and Failed.
public sealed partial class DataOwnerOutbox(
    SummaryMessaging messaging,
    IConversationReferenceStore references,
    ILogger<DataOwnerOutbox> logger) : IDataOwnerOutbox
{
    public async Task<ReminderDelivery> SendDueCardAsync(Werkgroep werkgroep, WerkgroepMonitoring monitoring, DueRequest request, CancellationToken cancellationToken)
    {
        if (werkgroep.Conversation?.ConversationId is not { Length: > 0 } conversationId
            || await references.GetAsync(conversationId, cancellationToken) is not { } origin
            || werkgroep.Indicators.FirstOrDefault(i => i.Id == request.IndicatorId) is not { } indicator)
        {
            return ReminderDelivery.Failed;
        }

        var card = DueCard.Build(MonitoringCardViews.Due(werkgroep, indicator, request.Periods), Languages.FromLocale(origin.Locale));
        try
        {
            await messaging.SendPersonalAsync(origin, request.Owner.TeamsId ?? request.Owner.UserId, request.Owner.Name, card, cancellationToken);
            return ReminderDelivery.Delivered;
        }
        catch (ConnectorException ex) when (ex.ShouldDropConversationReference)
        {
            return ReminderDelivery.Unreachable;
        }
        catch (ConnectorException ex)
        {
            LogSendFailed(logger, werkgroep.Id, request.IndicatorId, ex);
            return ReminderDelivery.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Werkgroep {WerkgroepId}: the due card for indicator {IndicatorId} could not be sent.")]
    private static partial void LogSendFailed(ILogger logger, string werkgroepId, string indicatorId, Exception exception);
}
