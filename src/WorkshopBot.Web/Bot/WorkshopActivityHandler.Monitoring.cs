using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.Application.Projections;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Monitoring;

namespace WorkshopBot.Web.Bot;

// Step 6, the improvement cycle: the due card in a data owner's 1:1 chat, the story and reflection
// forms and the moderator's overview. The application decides everything (roles, ids, concurrency);
// this file parses the card and picks the card to answer with.
public sealed partial class WorkshopActivityHandler
{
    // Refusals about what was typed: the form comes back with the message, to correct and send again.
    private static readonly HashSet<string> FormErrors = new(StringComparer.Ordinal)
    {
        DomainErrorCodes.InvalidMeasurement, DomainErrorCodes.PeriodNotStarted, DomainErrorCodes.InvalidValue, DomainErrorCodes.EmptyText,
        DomainErrorCodes.TextTooLong, DomainErrorCodes.ConsentRequired, DomainErrorCodes.PersonalDataInStory, DomainErrorCodes.StoryLinkRequired,
        DomainErrorCodes.ActivityRequired, DomainErrorCodes.InvalidDeadline, DomainErrorCodes.DeadlineInPast, DomainErrorCodes.NotFound,
    };

    private static bool IsMonitoringVerb(string verb) => verb is CardVerbs.ShowMonitoring or CardVerbs.AssignDataOwner or CardVerbs.RecordMeasurement
        or CardVerbs.AddStory or CardVerbs.RecordReflection or CardVerbs.NudgeDataOwners or CardVerbs.CompleteImprovementAction;

    private async Task<VerbOutcome> MonitoringVerbAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var context = Context(turnContext);
        var werkgroepId = data.String(CardDataKeys.WerkgroepId);
        if (verb == CardVerbs.ShowMonitoring)
        {
            var loaded = await monitoring.LoadAsync(werkgroepId, context, cancellationToken);
            if (!loaded.IsSuccess)
            {
                return Failure(loaded.Error, language);
            }

            var (werkgroep, state, now) = (loaded.Value.Werkgroep, loaded.Value.Monitoring, loaded.Value.At);
            return data.String(MonitoringInputs.Show) switch
            {
                MonitoringInputs.ShowStoryForm => new(StoryForm.Build(MonitoringCardViews.StoryForm(werkgroep), language)),
                MonitoringInputs.ShowReflectionForm => new(ReflectionForm.Build(MonitoringCardViews.ReflectionForm(werkgroep, state, now), language)),
                _ => new(MonitoringOverviewCard.Build(await OverviewAsync(werkgroep, state, context.Caller.UserId, now, cancellationToken), language)),
            };
        }

        if (MonitoringCardParser.Parse(verb, data) is not { } command)
        {
            return Failure(AppErrors.UnknownVerb, language);
        }

        var result = await monitoring.ExecuteAsync(command, context, cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, command.GetType().Name, result.Error.Code);
            return (FormErrors.Contains(result.Error.Code)
                    ? await MonitoringFormAgainAsync(command, werkgroepId, ErrorCatalog.MessageFor(result.Error, language), turnContext, cancellationToken)
                    : null)
                ?? Failure(result.Error, language);
        }

        var outcome = result.Value;
        var text = MessageText.For(language);
        return command switch
        {
            // The same due card again, for the next missing period, or the thank-you once all are in.
            RecordMeasurement m => new(DueCard.Build(MonitoringCardViews.Due(outcome.Werkgroep, outcome.Monitoring, m.IndicatorId, outcome.At), language)),
            AddStory => new(Notice(NoticeSeverity.Info, text.StorySaved, language)),
            RecordReflection => new(Notice(NoticeSeverity.Info, MessageText.Fill(text.ReflectionSavedFormat, outcome.Monitoring.Actions.Count(a => outcome.Monitoring.Reflections[^1].Id == a.ReflectionId)), language)),
            NudgeDataOwners => new(Notice(NoticeSeverity.Info, outcome.CardsSent > 0 ? MessageText.Fill(text.NudgeSentFormat, outcome.CardsSent) : text.NothingToNudge, language)),
            // The overview again (an action done — also when it already was: a stale card — or an owner set),
            // with its charts: the card it replaces showed them.
            CompleteImprovementAction or AssignDataOwner => new(MonitoringOverviewCard.Build(
                await OverviewAsync(outcome.Werkgroep, outcome.Monitoring, context.Caller.UserId, outcome.At, cancellationToken),
                language)),
            _ => new(Notice(NoticeSeverity.Info, text.StorySaved, language)),
        };
    }

    // The overview for one viewer ("" for the shared card): one projection for the card and its chart links.
    private async Task<MonitoringOverviewView> OverviewAsync(Werkgroep werkgroep, WerkgroepMonitoring state, string viewerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var view = MonitoringProjection.Of(werkgroep, state, now);
        return MonitoringCardViews.Overview(werkgroep, view, viewerId, await chartImages.ForAsync(view, cancellationToken));
    }

    // A refused form comes back with the message on top and the typed values filled in, so the person can
    // correct it without typing again (only forms whose refusal is about the input are answered this way).
    private async Task<VerbOutcome?> MonitoringFormAgainAsync(MonitoringCommand command, string? werkgroepId, string message, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var loaded = await monitoring.LoadAsync(werkgroepId, Context(turnContext), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return null;
        }

        var (werkgroep, state, now) = (loaded.Value.Werkgroep, loaded.Value.Monitoring, loaded.Value.At);
        return command switch
        {
            RecordMeasurement m when werkgroep.Indicators.Any(i => i.Id == m.IndicatorId) =>
                new(DueCard.Build(MonitoringCardViews.Due(werkgroep, state, m.IndicatorId, now, message), language)),
            // The form comes back with the message and what was typed.
            AddStory story => new(StoryForm.Build(MonitoringCardViews.StoryForm(werkgroep, message, story), language)),
            RecordReflection reflection => new(ReflectionForm.Build(MonitoringCardViews.ReflectionForm(werkgroep, state, now, message, reflection), language)),
            _ => null,
        };
    }
}
