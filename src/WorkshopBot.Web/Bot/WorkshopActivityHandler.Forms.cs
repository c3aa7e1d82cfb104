using System.Text.Json.Nodes;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Projections;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// The forms that open in a dialog (task/fetch) or, for a client without dialogs, as a message of their own:
// proposing (ShowItemAsync), editing an item, and editing, moving or promoting a note. Each is built from the stored werkgroep
// when it is opened, and the server checks here who may open it, as the command checks again on submit.
public sealed partial class WorkshopActivityHandler
{
    private async Task<VerbOutcome> ShowFormAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken) => verb switch
    {
        CardVerbs.ShowEditForm => await EditFormAsync(data, turnContext, cancellationToken),
        CardVerbs.ShowEditNoteForm => await NoteFormAsync(data, turnContext, EditNoteForm.Build,
            (werkgroep, viewerId, note) => werkgroep.EditableNote(viewerId, note.Id).Error, cancellationToken),
        CardVerbs.ShowMoveNoteForm => await NoteFormAsync(data, turnContext, MoveNoteForm.Build,
            (werkgroep, viewerId, note) => werkgroep.ChangeableNote(viewerId, note.Id).Error, cancellationToken),
        CardVerbs.ShowPromoteForm => await NoteFormAsync(data, turnContext, PromoteForm.Build,
            (werkgroep, viewerId, _) => werkgroep.IsModerator(viewerId)
                ? null
                : new DomainError(DomainErrorCodes.NotModerator, "Only a moderator promotes a note.") { TargetId = viewerId },
            cancellationToken),
        _ => await ShowItemAsync(verb, data, turnContext, cancellationToken),
    };

    // Edit: participants edit concepts, moderators everything (as Werkgroep.Edit…). The form carries the
    // item's current version, so an edit by someone else after it opened is refused as stale.
    private async Task<VerbOutcome> EditFormAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), data.String(CardDataKeys.WerkgroepId), cancellationToken);
        if (!found.IsSuccess)
        {
            return Failure(found.Error, language);
        }

        if (CardCommandParser.ParseKind(data.String(CardDataKeys.ItemKind)) is not { } kind)
        {
            return Failure(AppErrors.MissingItemKind, language);
        }

        var werkgroep = found.Value;
        var viewerId = CallerOf(turnContext).UserId;
        var itemId = data.String(CardDataKeys.ItemId) ?? "";
        if (ItemCardViews.View(werkgroep, kind, itemId, viewerId, language) is not { } view)
        {
            return Failure(AppErrors.ItemNotFound(itemId), language);
        }

        if (view.Status == ItemStatus.Vastgesteld && !werkgroep.IsModerator(viewerId))
        {
            return Failure(AppErrors.ItemVastgesteld(itemId), language);
        }

        return new(EditItemForm.Build(view, ItemCardViews.ResultOptions(werkgroep), language));
    }

    // A note in a dialog (edit, move, promote). The note must be one the viewer can see (a forged id reveals
    // nothing, also during a silent brainstorm), and `refused` asks the domain the same question the command
    // asks on submit: her own note in an open step to edit, her own or any for a moderator to move,
    // moderators only to promote.
    private async Task<VerbOutcome> NoteFormAsync(CardData data, TurnContext turnContext, Func<NoteFormView, Language, JsonObject> build,
        Func<Werkgroep, string, Note, DomainError?> refused, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), data.String(CardDataKeys.WerkgroepId), cancellationToken);
        if (!found.IsSuccess)
        {
            return Failure(found.Error, language);
        }

        var werkgroep = found.Value;
        var viewerId = CallerOf(turnContext).UserId;
        var noteId = data.String(CardDataKeys.NoteId) ?? "";
        if (werkgroep.VisibleNote(viewerId, noteId) is not { } note)
        {
            return Failure(AppErrors.NoteNotFound(noteId), language);
        }

        if (refused(werkgroep, viewerId, note) is { } error)
        {
            return Failure(error, language);
        }

        return new(build(new NoteFormView(werkgroep.Id, note.Step, note.Id, NoteProjection.VersionOf(note), note.Text), language));
    }
}
