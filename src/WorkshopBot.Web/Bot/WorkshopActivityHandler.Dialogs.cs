using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;

namespace WorkshopBot.Web.Bot;

// Forms in Teams dialogs (DialogCards): a card button sends task/fetch, the bot answers with the same form
// the inline path builds, the user's submit arrives as task/submit and runs the same application command as
// the inline form. Valid: the dialog closes with a short note. Invalid or refused: the form again with what
// was typed and the reason on top, so nothing is lost. Roles, stale versions and redelivery are the
// command's business, exactly as for a card click (the operation key comes from the activity id).
public sealed partial class WorkshopActivityHandler
{
    // The forms a dialog can show (task/fetch verbs) and the commands a dialog can submit.
    private static readonly HashSet<string> DialogForms =
        [CardVerbs.ShowProposeForm, CardVerbs.ShowEditForm, CardVerbs.ShowEditNoteForm, CardVerbs.ShowMoveNoteForm, CardVerbs.ShowPromoteForm];
    private static readonly HashSet<string> DialogCommands =
        [CommandVerbs.ProposeItem, CommandVerbs.UpdateItem, CommandVerbs.EditNote, CommandVerbs.MoveNote, CommandVerbs.PromoteNote];

    protected override async Task<InvokeResponse> OnTaskFetchAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = DialogData(turnContext);
        return await DialogFormAsync(data.Verb ?? "", data, turnContext.Activity.ReplyToId, typed: null, error: null, turnContext, cancellationToken);
    }

    protected override async Task<InvokeResponse> OnTaskSubmitAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var data = DialogData(turnContext);
        var verb = data.Verb ?? "";
        LogVerb(logger, verb);
        var openedFrom = turnContext.Activity.ReplyToId is { Length: > 0 } replyTo ? replyTo : data.String(CardDataKeys.CardMessageId);
        if (!DialogCommands.Contains(verb) || CardCommandParser.Parse(verb, data) is not { } command)
        {
            return TaskModuleResponse.Message(ErrorCatalog.MessageFor(UnreadableCard(verb), language));
        }

        var result = await werkgroepen.ExecuteAsync(command, Context(turnContext), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, command.GetType().Name, result.Error.Code);
            return await DialogFormAsync(data.String(CardDataKeys.DialogForm) ?? "", data, openedFrom, Typed(turnContext),
                ErrorCatalog.MessageFor(result.Error, language), turnContext, cancellationToken);
        }

        ScheduleSharedCard(command, result.Value, openedFrom, turnContext);
        var text = Text(turnContext);
        return TaskModuleResponse.Message(command switch
        {
            EditItem or EditNote or MoveNote => text.DialogChangeSaved,
            PromoteNote => text.DialogPromoted,
            _ => text.DialogSaved,
        });
    }

    private async Task<InvokeResponse> DialogFormAsync(string formVerb, CardData data, string? openedFrom,
        IReadOnlyDictionary<string, string>? typed, string? error, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        LogVerb(logger, formVerb);
        if (!DialogForms.Contains(formVerb))
        {
            return TaskModuleResponse.Message(ErrorCatalog.MessageFor(AppErrors.UnknownVerb, language));
        }

        var shown = await ShowFormAsync(formVerb, data, turnContext, cancellationToken);
        if (shown.Error is { } refused)
        {
            return TaskModuleResponse.Message(ErrorCatalog.MessageFor(refused, language));
        }

        var extra = new JsonObject { [CardDataKeys.DialogForm] = formVerb };
        if (openedFrom is { Length: > 0 })
        {
            extra[CardDataKeys.CardMessageId] = openedFrom;
        }

        return TaskModuleResponse.Continue(DialogCards.Title(shown.Card), DialogCards.FromForm(shown.Card, typed, error, extra));
    }

    // Teams sends {data:{…action data and inputs…}, context:{theme}}; accept the bare object too.
    private static CardData DialogData(TurnContext turnContext) =>
        turnContext.Activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Object
                ? new CardData(inner)
                : new CardData(turnContext.Activity.Value);

    // Everything the user typed, to put back into the form when it comes back with an error.
    private static Dictionary<string, string> Typed(TurnContext turnContext)
    {
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (turnContext.Activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            var data = value.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : value;
            foreach (var property in data.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && UntrustedJson.StringOf(property.Value) is { } text)
                {
                    typed[property.Name] = text;
                }
            }
        }

        return typed;
    }
}
