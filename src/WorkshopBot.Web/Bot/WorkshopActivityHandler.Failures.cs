using System.Text.Json.Nodes;
using WorkshopBot.Application.Errors;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Storage;

namespace WorkshopBot.Web.Bot;

// Issue 13, finding 9: when Table storage is down or slow, a person who clicks or types gets "probeer het
// zo opnieuw" within the turn budget instead of a 500 or a spinner that never ends. Nothing they did is
// reported as done unless it was stored. Other failures stay 500s: they are bugs to find in the logs.
public sealed partial class WorkshopActivityHandler
{
    private static readonly DomainError StorageUnavailable =
        new(DomainErrorCodes.StorageUnavailable, "Table storage was unreachable or the turn ran out of its budget.");

    // PROTOCOL.md §4: an error response to Action.Execute carries 400 or 500; this is the server's failure.
    private const int InvokeErrorStatus = 500;

    public override async Task<InvokeResponse?> OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        // BotAdapter only asks after the channel is still waiting, so a cancellation here is the turn budget.
        if (!TableStorageFaults.IsUnavailable(exception) && exception is not OperationCanceledException)
        {
            return null;
        }

        var language = LanguageOf(turnContext);
        var message = ErrorCatalog.MessageFor(StorageUnavailable, language);
        var activity = turnContext.Activity;
        if (ActivityTypes.Canonical(activity.Type) != ActivityTypes.Invoke)
        {
            // Only someone who typed to the bot expects an answer in the chat; member and install events
            // are acknowledged (Teams does not redeliver them, a later activity brings the state up to date).
            if (ActivityTypes.Canonical(activity.Type) == ActivityTypes.Message)
            {
                await replies.EnqueueAsync(turnContext, Activity.CreateMessage(Attachment.AdaptiveCard(ErrorCard.Build(message, language))), cancellationToken);
            }

            return InvokeResponse.Ok();
        }

        return activity.Name switch
        {
            // The card stays as it was (with what the person typed in it) and Teams shows the message.
            InvokeNames.AdaptiveCardAction => InvokeResponse.FromAdaptiveCard(AdaptiveCardInvokeResponse.Error(InvokeErrorStatus, DomainErrorCodes.StorageUnavailable, message)),
            InvokeNames.TaskFetch or InvokeNames.TaskSubmit => InvokeResponse.Ok(new JsonObject
            {
                ["task"] = new JsonObject { ["type"] = "message", ["value"] = message },
            }),
            _ => new InvokeResponse(ErrorCatalog.StatusOf(DomainErrorCodes.StorageUnavailable)),
        };
    }
}
