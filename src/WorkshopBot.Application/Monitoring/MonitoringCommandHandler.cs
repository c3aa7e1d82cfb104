using System.Globalization;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Monitoring;

// The one pipeline for monitoring commands, whichever surface sent them. The werkgroep comes from the
// board's authorised load, the card's werkgroep id (a due card in a 1:1 chat) or the conversation; a
// request from another tenant or by someone removed is refused. Roles (moderator, data owner, partner)
// are decided by the domain from the stored werkgroep, never from card data.
public sealed class MonitoringCommandHandler(
    WerkgroepCommandHandler werkgroepen,
    WorkshopService workshops,
    MonitoringWriter writer,
    IDataOwnerOutbox outbox,
    TimeProvider timeProvider)
{
    public async Task<AppResult<MonitoringOutcome>> ExecuteAsync(MonitoringCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var found = await FindAsync(command, context, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var werkgroep = found.Value;
        var scope = MonitoringScope.Of(werkgroep);
        var actor = WerkgroepCommandHandler.ActorFor(werkgroep, context.Caller);
        var now = timeProvider.GetUtcNow();
        IReadOnlyList<DueRequest> nudged = [];
        var operation = Operation(command, scope, actor, context.OperationKey, requests => nudged = requests);
        if (!operation.IsSuccess)
        {
            return operation.Error;
        }

        var result = await writer.UpdateAsync(werkgroep.TrajectId, werkgroep.Id, operation.Value, now, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        int sent = 0;
        foreach (var request in result.Value.HasChanges ? nudged : [])
        {
            if (await outbox.SendDueCardAsync(werkgroep, result.Value.Aggregate, request, cancellationToken) == ReminderDelivery.Delivered)
            {
                sent++;
            }
        }

        return new MonitoringOutcome(werkgroep, result.Value.Aggregate, result.Value.HasChanges, now, sent);
    }

    // The werkgroep and its monitoring for a view (the moderator's overview, the due card, the board).
    public async Task<AppResult<MonitoringOutcome>> LoadAsync(string? cardWerkgroepId, CommandContext context, CancellationToken cancellationToken)
    {
        var found = await FindAsync(new NudgeDataOwners { CardWerkgroepId = cardWerkgroepId }, context, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        return new MonitoringOutcome(found.Value, await writer.GetAsync(found.Value.TrajectId, found.Value.Id, cancellationToken), false, timeProvider.GetUtcNow());
    }

    private async Task<AppResult<Werkgroep>> FindAsync(MonitoringCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Target.Loaded is not null || command.CardWerkgroepId is not { Length: > 0 } werkgroepId)
        {
            return await werkgroepen.FindAsync(context.Target, context.Caller, command.CardWerkgroepId, cancellationToken);
        }

        // A due card in a 1:1 chat: the card names the werkgroep. If the chat is a werkgroep's own
        // conversation, the card must be of that werkgroep.
        if (context.Target.ConversationId is { Length: > 0 } conversationId
            && await workshops.FindRecentWerkgroepByConversationAsync(conversationId, cancellationToken) is { } bound)
        {
            return await werkgroepen.FindAsync(WerkgroepTarget.Authorized(bound), context.Caller, werkgroepId, cancellationToken);
        }

        var werkgroep = await workshops.GetWerkgroepAsync(werkgroepId, cancellationToken);
        return werkgroep is null
            ? AppErrors.NoWerkgroep
            : await werkgroepen.FindAsync(WerkgroepTarget.Authorized(werkgroep), context.Caller, werkgroepId, cancellationToken);
    }

    private static AppResult<Func<WerkgroepMonitoring, DateTimeOffset, DomainResult<Change<WerkgroepMonitoring>>>> Operation(
        MonitoringCommand command, MonitoringScope scope, Actor actor, string operationKey, Action<IReadOnlyList<DueRequest>> nudged)
    {
        switch (command)
        {
            case AssignDataOwner c:
                if (!TryDate(c.Since, out var since))
                {
                    return InvalidDate(c.Since);
                }

                return Op((m, now) => m.AssignDataOwner(scope, actor, c.IndicatorId, c.OwnerUserId, since, now));
            case RecordMeasurement c:
                var input = new MeasurementInput(c.Value, c.Numerator, c.Denominator, c.Source, c.Note);
                return Op((m, now) => m.RecordMeasurement(scope, actor, MonitoringIds.Measurement(operationKey), c.IndicatorId, c.Period, input, now));
            case AddStory c:
                var story = new StoryInput(c.Text, c.Perspective, c.Period, c.Theme, c.IndicatorIds ?? [], c.ResultIds ?? [], c.IsQuote, c.ConsentGiven);
                return Op((m, now) => m.AddStory(scope, actor, MonitoringIds.Story(operationKey), story, now));
            case RecordReflection c:
                var actions = new List<ImprovementActionInput>();
                foreach (var draft in c.Actions ?? [])
                {
                    if (!TryDate(draft.Due, out var due) || due is null)
                    {
                        return new DomainError(DomainErrorCodes.InvalidDeadline, $"'{draft.Due}' is not a date.");
                    }

                    actions.Add(new ImprovementActionInput(draft.Text, draft.ActivityIds ?? [], draft.OwnerName ?? "", due.Value, draft.OwnerUserId));
                }

                return Op((m, now) => m.RecordReflection(scope, actor, MonitoringIds.Reflection(operationKey), c.Period, c.WhatWeSee, c.WhatItMeans ?? "", c.WhatWeChange ?? "", actions, now));
            case CompleteImprovementAction c:
                return Op((m, now) => m.MarkActionDone(scope, actor, c.ActionId ?? "", now));
            case NudgeDataOwners c:
                return Op((m, now) => m.Nudge(scope, actor, c.Organisation, now).Then(requests =>
                {
                    nudged(requests);
                    return DomainResult<Change<WerkgroepMonitoring>>.Success(m.MarkAsked(requests, actor, now));
                }));
            default:
                return AppErrors.UnknownVerb;
        }
    }

    private static AppResult<Func<WerkgroepMonitoring, DateTimeOffset, DomainResult<Change<WerkgroepMonitoring>>>> Op(
        Func<WerkgroepMonitoring, DateTimeOffset, DomainResult<Change<WerkgroepMonitoring>>> operation) => operation;

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static DomainError InvalidDate(string? text) => new(DomainErrorCodes.InvalidValue, $"'{text}' is not a date.");
}
