using WorkshopBot.Domain.Localization;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Localization;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// Results, indicators, activities and quality agreements: propose, show, edit (with the ItemVersion
// the card showed, so a stale card never overwrites), vaststellen, adopt the coach's suggestion and
// promote a note. Every answer is the item card with its definition sheet and coach section.
public sealed partial class WorkshopActivityHandler
{
    public const string ShowItemVerb = "showItem";

    private static bool IsItemVerb(string verb) => verb is CardVerbs.ShowProposeForm or CardVerbs.ProposeItem or CardVerbs.UpdateItem
        or CardVerbs.RefreshItem or ShowItemVerb or CardVerbs.AcceptItem or CardVerbs.AdoptSuggestion or CardVerbs.PromoteNote;

    private async Task<VerbOutcome> ExecuteItemVerbAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var werkgroep = await FindWerkgroepAsync(turnContext, cancellationToken);
        if (werkgroep is null)
        {
            return Failure("no-werkgroep", NoWerkgroepMessage(language), language);
        }

        if (RefuseCardOfOtherWerkgroep(data, werkgroep, language) is { } refused)
        {
            return refused;
        }

        var actor = ActorOf(turnContext, werkgroep);
        var hasKind = CardValues.TryParseItemKind(data.String(CardDataKeys.ItemKind), out var kind);
        var itemId = data.String(CardDataKeys.ItemId) ?? "";
        var step = data.Int(CardDataKeys.Step) ?? werkgroep.CurrentStep ?? DefaultStep;

        if (verb == CardVerbs.PromoteNote)
        {
            return await PromoteNoteAsync(data, actor, werkgroep, step, turnContext, cancellationToken);
        }

        if (!hasKind)
        {
            return Failure(DomainErrorCodes.InvalidValue, language == Language.Dutch
                ? "Deze kaart mist het soort onderdeel. Vernieuw de kaart."
                : "This card does not say which kind of item it is. Refresh the card.", language);
        }

        switch (verb)
        {
            case CardVerbs.ShowProposeForm:
                var note = (data.String(CardDataKeys.SourceNoteId) ?? data.String(CardDataKeys.NoteId)) is { } noteId ? werkgroep.FindNote(noteId) : null;
                var selected = kind is FormalItemKind.Indicator or FormalItemKind.Activity ? NullIfEmpty(itemId) : null;
                return new(ProposeForm.Build(ItemCardViews.ProposeForm(werkgroep, kind, step, note, selected), language));
            case CardVerbs.RefreshItem or ShowItemVerb:
                return ItemCard(werkgroep, kind, itemId, actor.UserId, language);
            case CardVerbs.ProposeItem:
                if (MissingRequiredText(kind, data))
                {
                    var error = language == Language.Dutch ? "Vul de tekst of naam in." : "Fill in the text or name.";
                    return new(ProposeForm.Build(ItemCardViews.ProposeForm(werkgroep, kind, step, null, data.String(CardInputs.ResultId), error), language));
                }

                var newId = WerkgroepOperations.ItemIdFor(OperationKey(turnContext), Prefix(kind));
                return await ApplyItemChangeAsync(werkgroep.Id, kind, newId, actor, turnContext, (w, now) => Propose(w, actor, kind, newId, step, data, now), cancellationToken);
            case CardVerbs.UpdateItem:
                var expected = data.Int(CardDataKeys.ItemVersion) ?? 0;
                return await ApplyItemChangeAsync(werkgroep.Id, kind, itemId, actor, turnContext, (w, now) => Edit(w, actor, kind, itemId, expected, data, now), cancellationToken);
            case CardVerbs.AcceptItem:
                return await ApplyItemChangeAsync(werkgroep.Id, kind, itemId, actor, turnContext, (w, now) => w.MarkVastgesteld(actor, kind, itemId, now), cancellationToken);
            default:
                var version = data.Int(CardDataKeys.ItemVersion) ?? 0;
                return await ApplyItemChangeAsync(werkgroep.Id, kind, itemId, actor, turnContext, (w, now) => AdoptSuggestion(w, actor, kind, itemId, version, language, now), cancellationToken);
        }
    }

    // A moderator promotes a note: the item is created from the note at once and the answer is its
    // card, whose edit form is prefilled, so the definition sheet can be completed right away.
    private async Task<VerbOutcome> PromoteNoteAsync(CardData data, Actor actor, Werkgroep werkgroep, int step, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var noteId = data.String(CardDataKeys.NoteId) ?? "";
        var key = OperationKey(turnContext);
        var operation = WerkgroepOperations.For(CardVerbs.PromoteNote, data, actor, key);
        if (operation is null || !CardValues.TryParseItemKind(data.String(CardInputs.PromoteKind(noteId)) ?? data.String("kind"), out var kind))
        {
            return Failure(DomainErrorCodes.InvalidValue, language == Language.Dutch
                ? "Kies waar de notitie een resultaat, indicator, activiteit of kwaliteitsafspraak van wordt."
                : "Choose whether the note becomes a result, indicator, activity or quality agreement.", language);
        }
        var itemId = WerkgroepOperations.ItemIdFor(key, Prefix(kind));
        var result = await workshops.UpdateWerkgroepAsync(werkgroep.Id, (w, now) => operation(w, now), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, CardVerbs.PromoteNote, result.Error!.Code);
            return Failure(result.Error.Code, UserMessages.For(result.Error, language), language);
        }

        // The note on the shared step card now shows as promoted for everyone.
        if (result.Value.HasChanges && turnContext.Activity.ReplyToId is { Length: > 0 } cardMessageId)
        {
            sharedCards.Schedule(turnContext.Reference, cardMessageId, werkgroep.Id, step, language);
        }

        return ItemCard(result.Value.Aggregate, kind, itemId, actor.UserId, language);
    }

    private async Task<VerbOutcome> ApplyItemChangeAsync(
        string werkgroepId,
        FormalItemKind kind,
        string itemId,
        Actor actor,
        TurnContext turnContext,
        WerkgroepOperations.Operation operation,
        CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var result = await workshops.UpdateWerkgroepAsync(werkgroepId, (w, now) => operation(w, now), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, "item", result.Error!.Code);
            return Failure(result.Error.Code, UserMessages.For(result.Error, language), language);
        }

        return ItemCard(result.Value.Aggregate, kind, itemId, actor.UserId, language);
    }

    private VerbOutcome ItemCard(Werkgroep werkgroep, FormalItemKind kind, string itemId, string viewerId, Language language) =>
        ItemCardViews.Card(werkgroep, kind, itemId, viewerId, links.Board(werkgroep.Id), language) is { } card
            ? new(card)
            : Failure(DomainErrorCodes.NotFound, UserMessages.For(new DomainError(DomainErrorCodes.NotFound, ""), language), language);

    private static DomainResult<Change<Werkgroep>> Propose(Werkgroep w, Actor actor, FormalItemKind kind, string id, int step, CardData data, DateTimeOffset now) => kind switch
    {
        FormalItemKind.Result => w.ProposeResult(actor, id, step == 5 ? ResultLevel.Voorziening : ResultLevel.Samenleving, ItemDrafts.Result(data), now),
        FormalItemKind.Indicator => w.ProposeIndicator(actor, id, step, ItemDrafts.Indicator(data), now),
        FormalItemKind.Activity => w.ProposeActivity(actor, id, ItemDrafts.Activity(data), now),
        _ => w.ProposeQualityAgreement(actor, id, ItemDrafts.QualityAgreement(data), now),
    };

    private static DomainResult<Change<Werkgroep>> Edit(Werkgroep w, Actor actor, FormalItemKind kind, string id, int expected, CardData data, DateTimeOffset now) =>
        w.FindItem(kind, id) switch
        {
            Result result => w.EditResult(actor, id, expected, ItemDrafts.Result(data, result), now),
            Indicator => w.EditIndicator(actor, id, expected, ItemDrafts.Indicator(data), now),
            PlannedActivity activity => w.EditActivity(actor, id, expected, ItemDrafts.Activity(data, activity), now),
            QualityAgreement agreement => w.EditQualityAgreement(actor, id, expected, ItemDrafts.QualityAgreement(data, agreement), now),
            _ => new DomainError(DomainErrorCodes.NotFound, $"{kind} '{id}' was not found.") { TargetId = id },
        };

    // Only results carry a suggested formulation; adopting it is an ordinary edit (same stale check).
    private static DomainResult<Change<Werkgroep>> AdoptSuggestion(Werkgroep w, Actor actor, FormalItemKind kind, string id, int expected, Language language, DateTimeOffset now)
    {
        if (w.FindItem(kind, id) is not Result result)
        {
            return new DomainError(DomainErrorCodes.NotFound, $"{kind} '{id}' was not found.") { TargetId = id };
        }

        var suggestion = ItemCardViews.Coach(Coaching.Coach.Default.AssessResult(ItemCardViews.CoachDraft(result)), language).SuggestedFormulation;
        if (string.IsNullOrWhiteSpace(suggestion))
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "The coach has no suggestion for this result.") { TargetId = id };
        }

        var draft = new ResultDraft
        {
            Statement = suggestion,
            TargetGroup = result.TargetGroup,
            WhatChanges = result.WhatChanges,
            Baseline = result.Baseline,
            Target = result.Target,
            Horizon = result.Horizon,
            AmbitionId = result.AmbitionId,
        };
        return w.EditResult(actor, id, expected, draft, now);
    }

    private static bool MissingRequiredText(FormalItemKind kind, CardData data) => string.IsNullOrWhiteSpace(kind switch
    {
        FormalItemKind.Result => data.String(CardInputs.ResultText),
        FormalItemKind.Indicator => data.String(CardInputs.IndicatorName),
        FormalItemKind.Activity => data.String(CardInputs.ActivityName),
        _ => data.String(CardInputs.AgreementText),
    });

    private static string Prefix(FormalItemKind kind) => kind switch
    {
        FormalItemKind.Result => "res",
        FormalItemKind.Indicator => "ind",
        FormalItemKind.Activity => "act",
        _ => "qa",
    };
}
