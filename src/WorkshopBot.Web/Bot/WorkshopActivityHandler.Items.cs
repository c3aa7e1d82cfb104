using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// Results, indicators, activities and quality agreements as cards: the propose form and the item card
// with its definition sheet and coach section. Changes to items are ordinary commands (ExecuteCommandAsync).
public sealed partial class WorkshopActivityHandler
{
    private async Task<VerbOutcome> ShowItemAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
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

        var itemId = data.String(CardDataKeys.ItemId) ?? "";
        if (verb == CardVerbs.RefreshItem)
        {
            return ItemCard(found.Value, new ItemRef(kind, itemId), CallerOf(turnContext).UserId, language);
        }

        var werkgroep = found.Value;
        var step = data.Int(CardDataKeys.Step) ?? werkgroep.StepToShow();
        var note = (data.String(CardDataKeys.SourceNoteId) ?? data.String(CardDataKeys.NoteId)) is { } noteId ? werkgroep.VisibleNote(CallerOf(turnContext).UserId, noteId) : null;
        var selected = kind is FormalItemKind.Indicator or FormalItemKind.Activity && itemId.Length > 0 ? itemId : null;
        return new(ProposeForm.Build(ItemCardViews.ProposeForm(werkgroep, kind, step, note, selected), language));
    }

    // A proposal without its text: the form again, with what was typed, and a friendly line on top.
    private async Task<VerbOutcome> ProposeFormAgainAsync(ProposeItem proposed, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), proposed.CardWerkgroepId, cancellationToken);
        if (!found.IsSuccess)
        {
            return Failure(found.Error, language);
        }

        var view = ItemCardViews.ProposeForm(found.Value, proposed.Draft.Kind, proposed.Step, null, data.String(CardInputs.ResultId), MessageText.For(language).ItemTextRequired);
        return new(ProposeForm.Build(view, language));
    }

    private VerbOutcome ItemCard(Werkgroep werkgroep, ItemRef item, string viewerId, Language language) =>
        ItemCardViews.Card(werkgroep, item.Kind, item.Id, viewerId, links.Board(werkgroep.Id), language) is { } card
            ? new(card)
            : Failure(AppErrors.ItemNotFound(item.Id), language);
}
