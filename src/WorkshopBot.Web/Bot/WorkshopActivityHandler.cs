using WorkshopBot.Domain.Localization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Conversation;
using WorkshopBot.Web.Localization;
using WorkshopBot.Web.Summaries;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// Activity -> domain -> card. Thin on purpose: rules live in the domain, wording in the cards and
// UserMessages, and every board change goes through WerkgroepOperations (shared with the board page).
public sealed partial class WorkshopActivityHandler(
    WorkshopService workshops,
    SharedStepCardUpdater sharedCards,
    WorkshopLinks links,
    TimerWatch timers,
    SummaryPublisher summaryPublisher,
    ReviewService reviews,
    ITrajectModeratorIndex moderatedTrajecten,
    ILogger<WorkshopActivityHandler> logger) : ActivityHandler
{
    private const int DefaultStep = 3;

    protected override async Task OnInstallationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams sends installationUpdate and then conversationUpdate for one install: welcome once.
        if (turnContext.Activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
        {
            await SendCardAsync(turnContext, WelcomeCard.Build(new WelcomeView(IsChannel(turnContext), turnContext.Activity.From?.Name), LanguageOf(turnContext)), cancellationToken);
        }
    }

    protected override async Task OnMessageAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var language = LanguageOf(turnContext);

        // Action.Submit from older clients arrives as a message with a value; it cannot return a
        // card, so the answer is posted as a new message.
        if (activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value)
        {
            var data = new CardData(value);
            var outcome = await ExecuteVerbAsync(data.Verb ?? "", data, turnContext, cancellationToken);
            await SendCardAsync(turnContext, outcome.Card, cancellationToken);
            return;
        }

        if (await ModeratorCommandAsync(turnContext, cancellationToken) is { } moderatorReply)
        {
            await SendCardAsync(turnContext, moderatorReply, cancellationToken);
            return;
        }

        var command = TextCommandParser.Parse(activity.GetTextWithoutBotMention() ?? activity.Text);
        LogCommand(logger, command.Kind);
        JsonObject card = command.Kind switch
        {
            TextCommandKind.Help => HelpCard.Build(language),
            TextCommandKind.Traject => CreateTrajectCard.Build(new CreateTrajectView(Name: NullIfEmpty(command.Argument)), language),
            TextCommandKind.Werkgroep => StartWerkgroepCard.Build(await StartWerkgroepViewAsync(turnContext, NullIfEmpty(command.Argument), null, cancellationToken), language),
            TextCommandKind.Board or TextCommandKind.Step => await StepCardForCommandAsync(turnContext, command.Step, cancellationToken),
            TextCommandKind.NewNote => await AddNotesFromTextAsync(turnContext, command.Argument, cancellationToken),
            TextCommandKind.Summary => (await PublishSummaryAsync(new CardData(null), turnContext, cancellationToken)).Card,
            TextCommandKind.Organisation => await SetOrganisationFromTextAsync(turnContext, command.Argument, cancellationToken),
            TextCommandKind.Reviewer => await AddReviewerFromTextAsync(turnContext, command.Argument, cancellationToken),
            _ => Notice(NoticeSeverity.Info, language == Language.Dutch
                ? "Dat begrijp ik niet. Typ **help** voor wat ik kan, of **stap 3** om de werkkaart van stap 3 te zien."
                : "I did not understand that. Type **help** to see what I can do, or **step 3** for the step 3 card.", language),
        };
        await SendCardAsync(turnContext, card, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardActionAsync(AdaptiveCardInvokeValue invokeValue, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var verb = invokeValue.Action?.Verb ?? "";
        var outcome = await ExecuteVerbAsync(verb, new CardData(invokeValue.Action?.Data), turnContext, cancellationToken);
        return outcome.Failed is { } failure
            ? AdaptiveCardInvokeResponse.Error(400, failure.Code, failure.Message)
            : AdaptiveCardInvokeResponse.Card(outcome.Card);
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
            case CardVerbs.StartWerkgroep:
                return await StartWerkgroepAsync(data, turnContext, cancellationToken);
            case CardVerbs.ShowStep or CardVerbs.RefreshStep or CardVerbs.GoToStep:
                return await ShowStepAsync(data, verb == CardVerbs.GoToStep ? data.Int(CardInputs.GoToStep) : data.Int(CardDataKeys.Step), turnContext, cancellationToken);
            case var _ when IsItemVerb(verb):
                return await ExecuteItemVerbAsync(verb, data, turnContext, cancellationToken);
            case CardVerbs.PublishSummary:
                return await PublishSummaryAsync(data, turnContext, cancellationToken);
            case CardVerbs.RefreshSummary or CardVerbs.RespondToSummary or CardVerbs.ReplyToReview or CardVerbs.ChangeSummaryDeadline:
                return await ReviewVerbAsync(verb, data, turnContext, cancellationToken);
        }

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
        var operation = WerkgroepOperations.For(verb, data, actor, OperationKey(turnContext));
        if (operation is null)
        {
            return Failure("unknown-verb", language == Language.Dutch
                ? "Deze knop ken ik (nog) niet. Vernieuw de kaart of typ **help**."
                : "I do not know this button (yet). Refresh the card or type **help**.", language);
        }

        var result = await workshops.UpdateWerkgroepAsync(werkgroep.Id, (w, now) => operation(w, now), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, verb, result.Error!.Code);
            return Failure(result.Error.Code, UserMessages.For(result.Error, language), language);
        }

        var updated = result.Value.Aggregate;
        await WatchTimerAsync(verb, updated, turnContext, cancellationToken);
        var step = data.Int(CardDataKeys.Step) ?? updated.CurrentStep ?? DefaultStep;
        if (result.Value.HasChanges && turnContext.Activity.ReplyToId is { Length: > 0 } cardMessageId)
        {
            sharedCards.Schedule(turnContext.Reference, cardMessageId, updated.Id, step, language);
        }

        return new(StepCard.Build(CardViewFactory.Step(updated, step, actor.UserId, links.Board(updated.Id)), language));
    }

    private async Task<VerbOutcome> ShowStepAsync(CardData data, int? step, TurnContext turnContext, CancellationToken cancellationToken)
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

        var chosen = step is >= 1 and <= 6 ? step.Value : werkgroep.CurrentStep ?? DefaultStep;
        return new(StepCard.Build(CardViewFactory.Step(werkgroep, chosen, UserId(turnContext), links.Board(werkgroep.Id)), language));
    }

    private async Task<JsonObject> StepCardForCommandAsync(TurnContext turnContext, int? step, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var werkgroep = await FindWerkgroepAsync(turnContext, cancellationToken);
        if (werkgroep is null)
        {
            return Notice(NoticeSeverity.Info, NoWerkgroepMessage(language), language);
        }

        var chosen = step is >= 1 and <= 6 ? step.Value : werkgroep.CurrentStep ?? DefaultStep;

        // Posted to the whole conversation: the shared card, which each member's Teams client
        // refreshes into their own view (refresh.userIds).
        return StepCard.Build(CardViewFactory.Step(werkgroep, chosen, viewerId: null, links.Board(werkgroep.Id)), language);
    }

    private async Task<JsonObject> AddNotesFromTextAsync(TurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var werkgroep = await FindWerkgroepAsync(turnContext, cancellationToken);
        if (werkgroep is null)
        {
            return Notice(NoticeSeverity.Info, NoWerkgroepMessage(language), language);
        }

        var step = werkgroep.CurrentStep ?? werkgroep.Steps.FirstOrDefault(s => s.Status == StepStatus.Open)?.Step ?? DefaultStep;
        var actor = ActorOf(turnContext, werkgroep);
        var key = OperationKey(turnContext);
        var result = await workshops.UpdateWerkgroepAsync(werkgroep.Id, (w, now) => w.AddNotes(actor, key, step, NoteLines.Split(text), now), cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorCard.Build(UserMessages.For(result.Error!, language), language);
        }

        return StepCard.Build(CardViewFactory.Step(result.Value.Aggregate, step, actor.UserId, links.Board(werkgroep.Id)), language);
    }

    // "organisatie Welzijn Neder-Betuwe": which organisation the sender represents, so all their notes
    // (also earlier ones) get its colour. Without a name the bot says what it knows.
    private async Task<JsonObject> SetOrganisationFromTextAsync(TurnContext turnContext, string organisation, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var nl = language == Language.Dutch;
        var werkgroep = await FindWerkgroepAsync(turnContext, cancellationToken);
        if (werkgroep is null)
        {
            return Notice(NoticeSeverity.Info, NoWerkgroepMessage(language), language);
        }

        var actor = ActorOf(turnContext, werkgroep);
        if (string.IsNullOrWhiteSpace(organisation))
        {
            var current = werkgroep.FindMember(actor.UserId)?.Organisation;
            return Notice(NoticeSeverity.Info, (current, nl) switch
            {
                (null, true) => "Je hebt nog geen organisatie opgegeven. Typ bijvoorbeeld: organisatie Welzijn Neder-Betuwe. Je notities krijgen dan de kleur van je organisatie.",
                (null, false) => "You have not given your organisation yet. Type for example: organisation Welzijn Neder-Betuwe. Your notes then get your organisation's colour.",
                (_, true) => $"Je vertegenwoordigt {current}. Typ organisatie met een andere naam om dat te wijzigen.",
                (_, false) => $"You represent {current}. Type organisation with another name to change it.",
            }, language);
        }

        var operation = WerkgroepOperations.SetOrganisation(actor, null, organisation);
        var result = await workshops.UpdateWerkgroepAsync(werkgroep.Id, (w, now) => operation(w, now), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, WerkgroepOperations.SetOrganisationVerb, result.Error!.Code);
            return ErrorCard.Build(UserMessages.For(result.Error, language), language);
        }

        var saved = result.Value.Aggregate.FindMember(actor.UserId)?.Organisation ?? organisation.Trim();
        return Notice(NoticeSeverity.Info, nl
            ? $"Genoteerd: je vertegenwoordigt {saved}. Je notities op het bord hebben nu de kleur van {saved}."
            : $"Noted: you represent {saved}. Your notes on the board now have the colour of {saved}.", language);
    }

    private async Task<VerbOutcome> CreateTrajectAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var name = data.String(CardInputs.TrajectName)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return new(CreateTrajectCard.Build(new CreateTrajectView(Error: language == Language.Dutch ? "Geef het traject een naam." : "Give the traject a name."), language));
        }

        var activity = turnContext.Activity;
        var actor = ActorOf(turnContext, null);
        var channel = IsChannel(turnContext)
            ? new ChannelRef(ChannelThreadId.Channel(activity.Conversation!.Id!), activity.ServiceUrl!, activity.ChannelData?.Team?.Id, activity.ChannelData?.Channel?.Name)
            : null;
        var id = "tr-" + OperationKey(turnContext);
        var created = await workshops.CreateTrajectAsync(
            now => Traject.Create(id, name, data.String(CardInputs.Gemeente) ?? "", data.String(CardInputs.Theme) ?? "", activity.TenantId ?? "", channel, actor, now),
            cancellationToken);
        if (!created.IsSuccess)
        {
            return Failure(created.Error!.Code, UserMessages.For(created.Error, language), language);
        }

        var message = language == Language.Dutch
            ? $"Traject ‘{name}’ is aangemaakt. Start nu een werkgroep in een vergadering, groepschat of kanaal met **werkgroep**."
            : $"Traject ‘{name}’ was created. Now start a working group in a meeting, group chat or channel with **werkgroep**.";
        return new(Notice(NoticeSeverity.Info, message, language));
    }

    private async Task<VerbOutcome> StartWerkgroepAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var name = data.String(CardInputs.WerkgroepName)?.Trim();
        var organisation = data.String(CardInputs.Organisation)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            var view = await StartWerkgroepViewAsync(turnContext, null, language == Language.Dutch ? "Geef de werkgroep een naam." : "Give the working group a name.", cancellationToken);
            return new(StartWerkgroepCard.Build(view with { Organisation = organisation }, language));
        }

        var activity = turnContext.Activity;
        var actor = new Actor(UserId(turnContext), activity.From?.Name ?? "", organisation);
        var trajectId = data.String(CardInputs.TrajectId);
        if (string.IsNullOrEmpty(trajectId))
        {
            // No traject yet (e.g. a first try-out): the starter gets a traject of their own.
            trajectId = "tr-" + OperationKey(turnContext);
            var created = await workshops.CreateTrajectAsync(
                now => Traject.Create(trajectId, name, "", "", activity.TenantId ?? "", null, actor, now), cancellationToken);
            if (!created.IsSuccess && created.Error!.Code != DomainErrorCodes.AlreadyExists)
            {
                return Failure(created.Error.Code, UserMessages.For(created.Error, language), language);
            }
        }

        var binding = new ConversationBinding(WerkgroepConversationId(turnContext), KindOf(turnContext));
        var werkgroepId = "wg-" + Hash(binding.ConversationId);
        var started = await workshops.StartWerkgroepAsync(trajectId, (traject, now) => Werkgroep.Start(traject, werkgroepId, name, binding, actor, now), cancellationToken);
        if (!started.IsSuccess)
        {
            return Failure(started.Error!.Code, UserMessages.For(started.Error, language), language);
        }

        var werkgroep = started.Value.Aggregate;
        return new(StepCard.Build(CardViewFactory.Step(werkgroep, werkgroep.CurrentStep ?? DefaultStep, actor.UserId, links.Board(werkgroep.Id)), language));
    }

    // Moderator only (checked by the domain against the stored traject/werkgroep moderators).
    private async Task<VerbOutcome> PublishSummaryAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var werkgroep = await FindWerkgroepAsync(turnContext, cancellationToken);
        if (werkgroep is null)
        {
            return Failure("no-werkgroep", NoWerkgroepMessage(language), language);
        }

        var deadline = SummaryDeadline.Parse(data.String(CardInputs.Deadline));
        var published = await summaryPublisher.PublishAsync(werkgroep.Id, ActorOf(turnContext, werkgroep), turnContext.Reference, deadline, language, cancellationToken);
        if (!published.IsSuccess)
        {
            LogRefused(logger, CardVerbs.PublishSummary, published.Error!.Code);
            return Failure(published.Error.Code, SummaryMessages.For(published.Error, language), language);
        }

        var review = published.Value;
        var message = language == Language.Dutch
            ? $"Versie {review.Version} van de samenvatting staat in het kanaal van de grote groep. Reageren kan tot {SummaryDeadline.Format(review.Deadline, language)}."
            : $"Version {review.Version} of the summary is posted in the large group's channel. Partners can respond until {SummaryDeadline.Format(review.Deadline, language)}.";
        return new(Notice(NoticeSeverity.Info, message, language));
    }

    private async Task<VerbOutcome> ReviewVerbAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var actor = new Actor(UserId(turnContext), turnContext.Activity.From?.Name ?? "");
        var summaryId = data.String(CardDataKeys.SummaryId);
        if (verb == CardVerbs.ReplyToReview)
        {
            var replied = await reviews.ReplyAsync(summaryId, data.String(CardDataKeys.ResponseId), actor, data.String(CardInputs.ReplyText), language, cancellationToken);
            return replied.IsSuccess
                ? new(Notice(NoticeSeverity.Info, replied.Value, language))
                : Failure(replied.Error!.Code, SummaryMessages.For(replied.Error, language), language);
        }

        Domain.DomainResult<JsonObject> result;
        if (verb == CardVerbs.RespondToSummary)
        {
            if (!CardValues.TryParseReviewAnswer(data.String(CardInputs.ReviewAnswer), out var answer))
            {
                return Failure("invalid-answer", language == Language.Dutch ? "Kies akkoord, vraag of bezwaar." : "Choose agree, question or objection.", language);
            }

            result = await reviews.RespondAsync(summaryId, actor, answer, data.String(CardInputs.ReviewComment), turnContext.Reference, language, cancellationToken);
        }
        else if (verb == CardVerbs.ChangeSummaryDeadline)
        {
            result = await reviews.ChangeDeadlineAsync(summaryId, actor, data.String(CardInputs.DeadlineDate), data.String(CardInputs.DeadlineTime), language, cancellationToken);
        }
        else
        {
            result = await reviews.ViewAsync(summaryId, actor.UserId, language, cancellationToken);
        }

        if (!result.IsSuccess)
        {
            LogRefused(logger, verb, result.Error!.Code);
            return Failure(result.Error.Code, SummaryMessages.For(result.Error, language), language);
        }

        return new(result.Value);
    }

    private async Task<StartWerkgroepView> StartWerkgroepViewAsync(TurnContext turnContext, string? name, string? error, CancellationToken cancellationToken)
    {
        var conversationId = ChannelThreadId.Channel(turnContext.Activity.Conversation!.Id!);
        var traject = await workshops.FindTrajectByConversationAsync(conversationId, cancellationToken);

        // A werkgroep in another channel of the large group's team belongs to the traject created in
        // the team's General channel, whose id is the team id.
        if (traject is null && IsChannel(turnContext) && turnContext.Activity.ChannelData?.Team?.Id is { Length: > 0 } teamId && teamId != conversationId)
        {
            traject = await workshops.FindTrajectByConversationAsync(teamId, cancellationToken);
        }

        // Wherever the card is opened (meeting chat, group chat, another channel) the user may attach
        // the werkgroep to any traject they moderate; the one bound here stays the preselected choice.
        var moderated = await moderatedTrajecten.ListModeratedByAsync(UserId(turnContext), TrajectChoices.MaxOffered, cancellationToken);
        return new StartWerkgroepView(TrajectChoices.For(traject, moderated), traject?.Id, name, null, error);
    }

    private async Task<Werkgroep?> FindWerkgroepAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
        await workshops.FindWerkgroepByConversationAsync(WerkgroepConversationId(turnContext), cancellationToken);

    private static Actor ActorOf(TurnContext turnContext, Werkgroep? werkgroep)
    {
        var userId = UserId(turnContext);
        var member = werkgroep?.FindMember(userId);
        var name = turnContext.Activity.From?.Name ?? member?.Name ?? "";
        return new Actor(userId, name, member?.Organisation ?? DisplayNames.Organisation(name));
    }

    // The Entra object id is the same in every conversation and in the board tab's SSO token;
    // the Teams "29:" id is the fallback for clients that send no aadObjectId.
    private static string UserId(TurnContext turnContext) =>
        turnContext.Activity.From?.AadObjectId is { Length: > 0 } aad ? aad : turnContext.Activity.From?.Id ?? "anonymous";

    // A channel werkgroep belongs to the channel, not to one thread: each channel post is its own
    // conversation "{channel};messageid=…".
    private static string WerkgroepConversationId(TurnContext turnContext) =>
        ChannelThreadId.Channel(turnContext.Activity.Conversation!.Id!);


    // Deterministic per delivered activity, so a redelivery produces the same ids and is a no-op.
    private static string OperationKey(TurnContext turnContext) =>
        Hash($"{turnContext.Activity.Conversation?.Id}|{turnContext.Activity.Id ?? Guid.NewGuid().ToString()}")[..16];

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..24];

    private static bool IsChannel(TurnContext turnContext) => turnContext.Activity.IsConversationType(ConversationTypes.Channel);

    private static ConversationKind KindOf(TurnContext turnContext) =>
        turnContext.Activity.MeetingId is not null ? ConversationKind.Meeting
        : IsChannel(turnContext) ? ConversationKind.Channel
        : ConversationKind.GroupChat;

    private static Language LanguageOf(TurnContext turnContext) => Languages.FromLocale(turnContext.Activity.Locale);

    private static string NoWerkgroepMessage(Language language) => language == Language.Dutch
        ? "Hier loopt nog geen werkgroep. De projectleider start er een met **werkgroep**."
        : "There is no working group here yet. The project leader starts one with **werkgroep**.";

    private static JsonObject Notice(NoticeSeverity severity, string message, Language language) =>
        NoticeCard.Build(new NoticeView(severity, message), language);

    // A card from another werkgroep or conversation must never change this one.
    private static VerbOutcome? RefuseCardOfOtherWerkgroep(CardData data, Werkgroep werkgroep, Language language) =>
        data.String(CardDataKeys.WerkgroepId) is { } cardWerkgroep && cardWerkgroep != werkgroep.Id
            ? Failure(DomainErrorCodes.WrongWerkgroep, UserMessages.For(new DomainError(DomainErrorCodes.WrongWerkgroep, ""), language), language)
            : null;

    private static VerbOutcome Failure(string code, string message, Language language) => new(ErrorCard.Build(message, language), new VerbFailure(code, message));


    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Task<ResourceResponse> SendCardAsync(TurnContext turnContext, JsonObject card, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Activity.CreateMessage(Attachment.AdaptiveCard(card)), cancellationToken);

    private sealed record VerbOutcome(JsonObject Card, VerbFailure? Failed = null);

    private sealed record VerbFailure(string Code, string Message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Text command {Command}.")]
    private static partial void LogCommand(ILogger logger, TextCommandKind command);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card verb {Verb}.")]
    private static partial void LogVerb(ILogger logger, string verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card verb {Verb} refused: {Code}.")]
    private static partial void LogRefused(ILogger logger, string verb, string code);
}
