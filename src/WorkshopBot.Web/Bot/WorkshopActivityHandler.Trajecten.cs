using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// Creating, showing and editing a traject, starting a werkgroep and saying which organisation you represent.
public sealed partial class WorkshopActivityHandler
{
    // A conversation that already has a traject answers a second create with that traject's overview.
    private async Task<VerbOutcome> CreateTrajectAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var activity = turnContext.Activity;
        var channel = activity.IsConversationType(ConversationTypes.Channel)
            ? new ChannelRef(ConversationId(turnContext), activity.ServiceUrl!, activity.ChannelData?.Team?.Id, activity.ChannelData?.Channel?.Name)
            : null;
        var command = CardCommandParser.CreateTraject(data, channel);
        var created = await trajecten.CreateAsync(command, CallerOf(turnContext), OperationKey(turnContext), cancellationToken);
        if (!created.IsSuccess)
        {
            if (created.Error.Code == DomainErrorCodes.AlreadyExists
                && await TrajectCardAsync(turnContext, Text(turnContext).TrajectExistsNote, cancellationToken) is { } existing)
            {
                return new(existing);
            }

            return created.Error.Code == DomainErrorCodes.NameRequired
                ? new(CreateTrajectCard.Build(new CreateTrajectView(command.Name, command.Gemeente, command.Theme, command.Ambitions, Text(turnContext).TrajectNameRequired), language))
                : Failure(created.Error, language);
        }

        return new(Notice(NoticeSeverity.Info, MessageText.Fill(Text(turnContext).TrajectCreatedFormat, created.Value.Name), language));
    }

    // "traject": the overview of this conversation's traject, or the form to create one.
    private async Task<JsonObject> TrajectAsync(string name, TurnContext turnContext, CancellationToken cancellationToken) =>
        await TrajectCardAsync(turnContext, null, cancellationToken)
        ?? CreateTrajectCard.Build(new CreateTrajectView(Name: NullIfEmpty(name)), LanguageOf(turnContext));

    private async Task<VerbOutcome> EditTrajectAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var caller = CallerOf(turnContext);
        var edited = await trajecten.EditAsync(CardCommandParser.EditTraject(data), caller, ConversationId(turnContext), TeamIdOf(turnContext), cancellationToken);
        if (!edited.IsSuccess)
        {
            LogRefused(logger, nameof(EditTraject), edited.Error.Code);
            return Failure(edited.Error, LanguageOf(turnContext));
        }

        return new(TrajectCard.Build(TrajectViews.Of(edited.Value, caller.UserId, Text(turnContext).TrajectSaved), LanguageOf(turnContext)));
    }

    private async Task<JsonObject?> TrajectCardAsync(TurnContext turnContext, string? note, CancellationToken cancellationToken)
    {
        var caller = CallerOf(turnContext);
        var overview = await trajecten.OverviewAsync(ConversationId(turnContext), TeamIdOf(turnContext), caller, cancellationToken);
        return overview is null ? null : TrajectCard.Build(TrajectViews.Of(overview, caller.UserId, note), LanguageOf(turnContext));
    }

    private async Task<VerbOutcome> StartWerkgroepAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var organisation = data.String(CardInputs.Organisation)?.Trim();
        var binding = new ConversationBinding(ConversationId(turnContext), KindOf(turnContext), TeamIdOf(turnContext));
        var command = new StartWerkgroep(data.String(CardInputs.WerkgroepName), organisation, data.String(CardInputs.TrajectId), binding);
        var started = await trajecten.StartAsync(command, CallerOf(turnContext), OperationKey(turnContext), cancellationToken);
        if (!started.IsSuccess)
        {
            if (started.Error.Code != DomainErrorCodes.NameRequired)
            {
                return Failure(started.Error, language);
            }

            var view = await StartWerkgroepViewAsync(turnContext, null, Text(turnContext).WerkgroepNameRequired, cancellationToken);
            return new(StartWerkgroepCard.Build(view with { Organisation = organisation }, language));
        }

        var werkgroep = started.Value;
        return new(StepCardFor(werkgroep, werkgroep.StepToShow(), CallerOf(turnContext).UserId, language));
    }

    private async Task<StartWerkgroepView> StartWerkgroepViewAsync(TurnContext turnContext, string? name, string? error, CancellationToken cancellationToken)
    {
        var traject = await trajecten.FindForConversationAsync(ConversationId(turnContext), TeamIdOf(turnContext), cancellationToken);

        // Wherever the card is opened (meeting chat, group chat, another channel) the user may attach
        // the werkgroep to any traject they moderate; the one bound here stays the preselected choice.
        var moderated = await moderatedTrajecten.ListModeratedByAsync(CallerOf(turnContext).UserId, TrajectChoices.MaxOffered, cancellationToken);
        return new StartWerkgroepView(TrajectChoices.For(traject, moderated), traject?.Id, name, null, error);
    }

    // "organisatie Welzijn Neder-Betuwe": which organisation the sender represents, so all their notes
    // (also earlier ones) get its colour. Without a name the bot says what it knows.
    private async Task<JsonObject> OrganisationAsync(string organisation, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var text = Text(turnContext);
        var caller = CallerOf(turnContext);
        if (string.IsNullOrWhiteSpace(organisation))
        {
            var found = await werkgroepen.FindAsync(Target(turnContext), caller, null, cancellationToken);
            if (!found.IsSuccess)
            {
                return Refusal(found.Error, language);
            }

            return Notice(NoticeSeverity.Info, found.Value.FindMember(caller.UserId)?.Organisation is { } current
                ? MessageText.Fill(text.OrganisationCurrentFormat, current)
                : text.OrganisationNotSet, language);
        }

        var result = await werkgroepen.ExecuteAsync(new SetOrganisation(null, organisation), Context(turnContext), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, nameof(SetOrganisation), result.Error.Code);
            return Refusal(result.Error, language);
        }

        var saved = result.Value.Werkgroep.FindMember(caller.UserId)?.Organisation ?? organisation.Trim();
        return Notice(NoticeSeverity.Info, MessageText.Fill(text.OrganisationSavedFormat, saved), language);
    }
}
