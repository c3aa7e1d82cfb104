using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;

namespace WorkshopBot.Web.Bot;

// "traject verwijderen <naam>" (English: "delete traject <name>"): a moderator deletes the traject of this
// conversation (issue 13, finding 6). Without the name, or with another name, the bot explains what will
// be erased and how to confirm; TrajectDeletionHandler checks the role and the name on the server.
public sealed partial class WorkshopActivityHandler
{
    private async Task<JsonObject> DeleteTrajectAsync(string confirmName, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var caller = CallerOf(turnContext);
        var overview = await trajecten.OverviewAsync(ConversationId(turnContext), TeamIdOf(turnContext), caller, cancellationToken);
        if (overview is null)
        {
            return Notice(NoticeSeverity.Warning, ErrorCatalog.MessageFor(AppErrors.NoTraject, language), language);
        }

        var name = overview.Traject.Name;
        var deleted = await trajectDeletion.DeleteAsync(new DeleteTraject(overview.Traject.Id, NullIfEmpty(confirmName)), caller, cancellationToken);
        if (deleted.IsSuccess)
        {
            return Notice(NoticeSeverity.Info, MessageText.Fill(Text(turnContext).TrajectDeletedFormat, name), language);
        }

        LogRefused(logger, nameof(DeleteTraject), deleted.Error.Code);
        return deleted.Error.Code == Domain.DomainErrorCodes.ConfirmationMismatch
            ? Notice(NoticeSeverity.Warning, MessageText.Fill(Text(turnContext).TrajectDeleteConfirmFormat, name), language)
            : Notice(NoticeSeverity.Warning, ErrorCatalog.MessageFor(deleted.Error, language), language);
    }
}
