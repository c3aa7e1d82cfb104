using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.Application.Monitoring;
using WorkshopBot.Application.Privacy;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Conversation;
using WorkshopBot.Web.Monitoring;
using WorkshopBot.Web.Summaries;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// The bot's adapter: activity -> command -> application -> card. It parses what Teams sent, asks the
// application (which owns lookup, binding, ids, roles and concurrency) and renders the answer; it makes
// no decisions of its own. Item, moderator, summary and meeting activities are in the other partial files.
public sealed partial class WorkshopActivityHandler(
    WerkgroepCommandHandler werkgroepen,
    TrajectCommandHandler trajecten,
    TrajectDeletionHandler trajectDeletion,
    SharedStepCardUpdater sharedCards,
    WorkshopLinks links,
    SummaryPublishHandler summaries,
    ReviewCommandHandler reviews,
    SummaryMessaging summaryMessaging,
    ITrajectModeratorIndex moderatedTrajecten,
    ConversationMembershipHandler membership,
    MonitoringCommandHandler monitoring,
    ChartImageLinks chartImages,
    ReplyQueue replies,
    ILogger<WorkshopActivityHandler> logger) : ActivityHandler
{
    protected override async Task OnInstallationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams sends installationUpdate and then conversationUpdate for one install: welcome once.
        if (turnContext.Activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
        {
            var view = new WelcomeView(turnContext.Activity.IsConversationType(ConversationTypes.Channel), turnContext.Activity.From?.Name);
            await SendCardAsync(turnContext, WelcomeCard.Build(view, LanguageOf(turnContext)), cancellationToken);
        }
    }

    protected override async Task OnMessageAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;

        // Action.Submit from older clients arrives as a message with a value; it cannot return a
        // card, so the answer is posted as a new message.
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            var data = new CardData(value);
            await SendCardAsync(turnContext, (await ExecuteVerbAsync(data.Verb ?? "", data, turnContext, cancellationToken)).Card, cancellationToken);
            return;
        }

        var text = activity.GetTextWithoutBotMention() ?? activity.Text;
        var card = ModeratorCommands.Parse(text) is { } moderatorCommand
            ? await ModeratorCommandAsync(moderatorCommand, turnContext, cancellationToken)
            : await TextCommandAsync(TextCommandParser.Parse(text), turnContext, cancellationToken);
        await SendCardAsync(turnContext, card, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardActionAsync(AdaptiveCardInvokeValue invokeValue, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var outcome = await ExecuteVerbAsync(invokeValue.Action?.Verb ?? "", new CardData(invokeValue.Action?.Data), turnContext, cancellationToken);
        return outcome.Error is { } error
            ? AdaptiveCardInvokeResponse.Error(400, error.Code, ErrorCatalog.MessageFor(error, LanguageOf(turnContext)))
            : AdaptiveCardInvokeResponse.Card(outcome.Card);
    }

    private async Task<JsonObject> TextCommandAsync(TextCommand command, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        LogCommand(logger, command.Kind);
        return command.Kind switch
        {
            TextCommandKind.Help => HelpCard.Build(language),
            TextCommandKind.Traject => await TrajectAsync(command.Argument, turnContext, cancellationToken),
            TextCommandKind.Werkgroep => StartWerkgroepCard.Build(await StartWerkgroepViewAsync(turnContext, NullIfEmpty(command.Argument), null, cancellationToken), language),
            TextCommandKind.Board or TextCommandKind.Step => await SharedStepCardAsync(turnContext, command.Step, cancellationToken),
            TextCommandKind.NewNote => await ExecuteAsNoticeAsync(new AddNotes(null, command.Argument), turnContext, cancellationToken),
            TextCommandKind.Summary => await ShowSummaryAsync(turnContext, cancellationToken),
            TextCommandKind.Organisation => await OrganisationAsync(command.Argument, turnContext, cancellationToken),
            TextCommandKind.Reviewer => await AddReviewerFromTextAsync(turnContext, command.Argument, cancellationToken),
            TextCommandKind.DeleteTraject => await DeleteTrajectAsync(command.Argument, turnContext, cancellationToken),
            TextCommandKind.Monitoring => (await MonitoringVerbAsync(CardVerbs.ShowMonitoring, new CardData(null), turnContext, cancellationToken)).Card,
            _ => Notice(NoticeSeverity.Info, Text(turnContext).DoNotUnderstand, language),
        };
    }

    private async Task<VerbOutcome> ExecuteVerbAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        LogVerb(logger, verb);
        switch (verb)
        {
            case CardVerbs.ShowHelp:
                return new(HelpCard.Build(language));
            case CardVerbs.ShowCreateTrajectForm:
                return new(CreateTrajectCard.Build(new CreateTrajectView(), language));
            case CardVerbs.CreateTraject:
                return await CreateTrajectAsync(data, turnContext, cancellationToken);
            case CardVerbs.ShowStartWerkgroepForm:
                return new(StartWerkgroepCard.Build(await StartWerkgroepViewAsync(turnContext, null, null, cancellationToken), language));
            case CardVerbs.EditTraject:
                return await EditTrajectAsync(data, turnContext, cancellationToken);
            case CardVerbs.StartWerkgroep:
                return await StartWerkgroepAsync(data, turnContext, cancellationToken);
            case CardVerbs.ShowStep or CardVerbs.RefreshStep or CardVerbs.GoToStep:
                return await ShowStepAsync(data, verb == CardVerbs.GoToStep ? data.Int(CardInputs.GoToStep) : data.Int(CardDataKeys.Step), turnContext, cancellationToken);
            case CardVerbs.ShowProposeForm or CardVerbs.RefreshItem:
                return await ShowItemAsync(verb, data, turnContext, cancellationToken);
            case CardVerbs.ShowEditForm or CardVerbs.ShowEditNoteForm or CardVerbs.ShowMoveNoteForm or CardVerbs.ShowPromoteForm:
                return await ShowFormAsync(verb, data, turnContext, cancellationToken);
            case CardVerbs.PublishSummary:
                return await PublishSummaryAsync(data, turnContext, cancellationToken);
            case CardVerbs.RefreshSummary or CardVerbs.RespondToSummary or CardVerbs.ReplyToReview or CardVerbs.ChangeSummaryDeadline:
                return await ReviewVerbAsync(verb, data, turnContext, cancellationToken);
            case var _ when IsMonitoringVerb(verb):
                return await MonitoringVerbAsync(verb, data, turnContext, cancellationToken);
        }

        if (CardCommandParser.Parse(verb, data) is not { } command)
        {
            // A card with a verb or kind we cannot read; the werkgroep check comes first, as for any card.
            var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), data.String(CardDataKeys.WerkgroepId), cancellationToken);
            return Failure(found.IsSuccess ? UnreadableCard(verb) : found.Error, language);
        }

        return await ExecuteCommandAsync(command, data, turnContext, cancellationToken);
    }

    private async Task<VerbOutcome> ExecuteCommandAsync(WerkgroepCommand command, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var result = await werkgroepen.ExecuteAsync(command, Context(turnContext), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, command.GetType().Name, result.Error.Code);
            return result.Error.Code == DomainErrorCodes.ItemTextRequired && command is ProposeItem proposed
                ? await ProposeFormAgainAsync(proposed, data, turnContext, cancellationToken)
                : Failure(result.Error, language);
        }

        var outcome = result.Value;

        // An item action from the step card's item list (vaststellen) answers with the step card again.
        var fromStepCard = data.String(CardDataKeys.ReturnToStep) == "true";
        ScheduleSharedCard(command, outcome, turnContext.Activity.ReplyToId, turnContext, fromStepCard);

        if (outcome.Item is { } item && !fromStepCard)
        {
            return ItemCard(outcome.Werkgroep, item, CallerOf(turnContext).UserId, language);
        }

        RememberStepAnswer(turnContext, outcome.Werkgroep.Id, outcome.Step);
        return new(StepCardFor(outcome.Werkgroep, outcome.Step, CallerOf(turnContext).UserId, language));
    }

    // Everyone's copy of the step card shows the change: one coalesced PUT of the shared card.
    private void ScheduleSharedCard(WerkgroepCommand command, WerkgroepOutcome outcome, string? cardMessageId, TurnContext turnContext, bool fromStepCard = false)
    {
        if (outcome.HasChanges && (outcome.Item is null || command is PromoteNote || fromStepCard) && cardMessageId is { Length: > 0 })
        {
            sharedCards.Schedule(turnContext.Reference, cardMessageId, outcome.Werkgroep.Id, outcome.Step, LanguageOf(turnContext));
        }
    }

    private async Task<VerbOutcome> ShowStepAsync(CardData data, int? step, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), data.String(CardDataKeys.WerkgroepId), cancellationToken);
        return found.IsSuccess
            ? new(StepCardFor(found.Value, ChosenStep(found.Value, step), CallerOf(turnContext).UserId, LanguageOf(turnContext)))
            : Failure(found.Error, LanguageOf(turnContext));
    }

    // Posted to the whole conversation: the shared card, which each member's Teams client refreshes
    // into their own view (refresh.userIds).
    private async Task<JsonObject> SharedStepCardAsync(TurnContext turnContext, int? step, CancellationToken cancellationToken)
    {
        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), null, cancellationToken);
        return found.IsSuccess
            ? StepCardFor(found.Value, ChosenStep(found.Value, step), viewerId: null, LanguageOf(turnContext))
            : Refusal(found.Error, LanguageOf(turnContext));
    }

    // Typed commands answer in the chat: a refusal is an error card, "no werkgroep here" a friendly notice.
    // A message in a group conversation is seen by everyone, so the answer there is the shared card (each
    // member's client refreshes it into their own view); only a personal chat gets the sender's view.
    // Otherwise a note typed during a silent brainstorm would show the sender's hidden notes to all.
    private async Task<JsonObject> ExecuteAsNoticeAsync(WerkgroepCommand command, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var result = await werkgroepen.ExecuteAsync(command, Context(turnContext), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, command.GetType().Name, result.Error.Code);
            return Refusal(result.Error, language);
        }

        var viewerId = turnContext.Activity.IsConversationType(ConversationTypes.Personal) ? CallerOf(turnContext).UserId : null;
        return StepCardFor(result.Value.Werkgroep, result.Value.Step, viewerId, language);
    }

    private JsonObject StepCardFor(Werkgroep werkgroep, int step, string? viewerId, Language language) =>
        StepCard.Build(CardViewFactory.Step(werkgroep, step, viewerId, links.Board(werkgroep.Id)), language);

    private static int ChosenStep(Werkgroep werkgroep, int? step) =>
        step is { } asked && CompassSteps.IsValid(asked) ? asked : werkgroep.StepToShow();

    private static DomainError UnreadableCard(string verb) => verb switch
    {
        CommandVerbs.PromoteNote => AppErrors.MissingPromoteKind,
        CommandVerbs.ProposeItem or CommandVerbs.UpdateItem or CommandVerbs.AcceptItem
            or CommandVerbs.ParkItem or CommandVerbs.UnparkItem => AppErrors.MissingItemKind,
        _ => AppErrors.UnknownVerb,
    };

    private static JsonObject Refusal(DomainError error, Language language) => error.Code == DomainErrorCodes.NoWerkgroep
        ? Notice(NoticeSeverity.Info, ErrorCatalog.MessageFor(error, language), language)
        : ErrorCard.Build(ErrorCatalog.MessageFor(error, language), language);

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static JsonObject Notice(NoticeSeverity severity, string message, Language language) =>
        NoticeCard.Build(new NoticeView(severity, message), language);

    private static VerbOutcome Failure(DomainError error, Language language) =>
        new(ErrorCard.Build(ErrorCatalog.MessageFor(error, language), language), error);

    // Activities other than invokes are acknowledged without waiting for the outbound pacer: the card goes
    // out from the ReplyQueue (a busy chat may wait longer for its turn at the pacer than Teams waits for
    // our HTTP answer).
    private ValueTask SendCardAsync(TurnContext turnContext, JsonObject card, CancellationToken cancellationToken) =>
        replies.EnqueueAsync(turnContext, Activity.CreateMessage(Attachment.AdaptiveCard(card)), cancellationToken);

    private sealed record VerbOutcome(JsonObject Card, DomainError? Error = null);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Text command {Command}.")]
    private static partial void LogCommand(ILogger logger, TextCommandKind command);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Card verb {Verb}.")]
    private static partial void LogVerb(ILogger logger, string verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} refused: {Code}.")]
    private static partial void LogRefused(ILogger logger, string command, string code);
}
