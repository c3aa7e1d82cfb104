using System.Diagnostics;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Identity;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Telemetry;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Werkgroepen;

// The one pipeline for every werkgroep command, whichever surface sent it: find the werkgroep the
// command is bound to, refuse a foreign or stale card, make the actor and the ids, apply the domain rule
// through WorkshopService (the one optimistic-concurrency policy: group commit, ETags, back-off), and
// start what follows from the change (a started timer goes on the shared watch list, IRunningTimerStore,
// that TimerAnnouncer reads on every instance). Every command is counted by verb and outcome
// (WorkshopMetrics), whichever surface sent it.
public sealed class WerkgroepCommandHandler(WorkshopService workshops, IRunningTimerStore timers, WorkshopMetrics? metrics = null)
{
    public async Task<AppResult<WerkgroepOutcome>> ExecuteAsync(WerkgroepCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (metrics is null)
        {
            return await ExecuteCoreAsync(command, context, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        var verb = CommandVerbNames.Of(command);
        try
        {
            var result = await ExecuteCoreAsync(command, context, cancellationToken);
            metrics.CommandHandled(verb, result.IsSuccess ? WorkshopMetrics.Ok : WorkshopMetrics.Refused, result.Error?.Code, started);
            return result;
        }
        catch (Exception)
        {
            metrics.CommandHandled(verb, WorkshopMetrics.Error, null, started);
            throw;
        }
    }

    private async Task<AppResult<WerkgroepOutcome>> ExecuteCoreAsync(WerkgroepCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        // The lookup may use this process's copy of the werkgroep (no storage read): its id and tenant never
        // change, and whether the caller left and who they are is taken again from the state the write
        // applies to, which storage validates by ETag.
        var found = await FindAsync(context.Target, context.Caller, command.CardWerkgroepId, cancellationToken, recent: true);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var result = await workshops.UpdateWerkgroepAsync(
            found.Value.Id,
            (w, now) => w.HasLeft(context.Caller.UserId)
                ? AppErrors.RemovedMember(context.Caller.UserId)
                : WerkgroepOperations.Apply(w, command, ActorFor(w, context.Caller), context.OperationKey, context.Language, now),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var updated = result.Value.Aggregate;
        var step = WerkgroepOperations.StepOf(command, updated);
        if (command is AddNotes)
        {
            metrics?.NotesAddedInStep(result.Value.Events.Count(e => e.Kind == WorkshopEventKinds.NoteAdded), step);
        }

        if (command is StartTimer && result.Value.HasChanges && updated.Timer is { } timer
            && (context.AnnounceIn ?? updated.Conversation?.ConversationId) is { Length: > 0 } conversationId)
        {
            await timers.WatchAsync(new RunningTimer(updated.Id, conversationId, timer.EndsAt, context.Language), cancellationToken);
        }

        return new WerkgroepOutcome(
            updated,
            result.Value.HasChanges,
            step,
            WerkgroepOperations.ItemOf(command, context.OperationKey));
    }

    // The werkgroep a command or a query is bound to. A card of another werkgroep, or a request from
    // another tenant, never reads or changes this one.
    public async Task<AppResult<Werkgroep>> FindAsync(WerkgroepTarget target, Caller caller, string? cardWerkgroepId, CancellationToken cancellationToken, bool recent = false)
    {
        var werkgroep = target.Loaded
            ?? (recent
                ? await workshops.FindRecentWerkgroepByConversationAsync(target.ConversationId ?? "", cancellationToken)
                : await workshops.FindWerkgroepByConversationAsync(target.ConversationId ?? "", cancellationToken));
        if (werkgroep is null)
        {
            return AppErrors.NoWerkgroep;
        }

        var foreignCard = cardWerkgroepId is { Length: > 0 } && cardWerkgroepId != werkgroep.Id;
        var foreignTenant = caller.TenantId is { Length: > 0 } tenant && werkgroep.TenantId.Length > 0
            && !string.Equals(tenant, werkgroep.TenantId, StringComparison.OrdinalIgnoreCase);
        if (foreignCard || foreignTenant)
        {
            return AppErrors.WrongWerkgroep;
        }

        // Someone removed from the werkgroep neither reads nor changes it, and cannot rejoin by acting.
        return werkgroep.HasLeft(caller.UserId) ? AppErrors.RemovedMember(caller.UserId) : werkgroep;
    }

    // The name Teams shows now wins over the stored one. The organisation a member chose wins, then one
    // typed with the command (the start card), then the one in their display name. The name is kept
    // without its "(Organisation)" suffix, so no surface shows the organisation twice.
    public static Actor ActorFor(Werkgroep? werkgroep, Caller caller, string? chosenOrganisation = null)
    {
        var member = werkgroep?.FindMember(caller.UserId);
        var shown = DisplayNames.Split(caller.Name.Length > 0 ? caller.Name : member?.Name);
        var organisation = member?.Organisation ?? (string.IsNullOrWhiteSpace(chosenOrganisation) ? shown.Organisation : chosenOrganisation);
        return new Actor(caller.UserId, shown.Name, organisation, caller.TeamsId);
    }
}
