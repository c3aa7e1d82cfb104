using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Trajecten;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Werkgroepen;

// Creating, showing and editing a traject and starting a werkgroep. Ids follow from the operation key and the conversation,
// so a redelivered command returns what the first one made.
public sealed class TrajectCommandHandler(WorkshopService workshops)
{
    // The traject a werkgroep started in this conversation belongs to: the one bound to the conversation,
    // or, in another channel of the large group's team, the one created in the team's General channel,
    // whose conversation id is the team id.
    public async Task<Traject?> FindForConversationAsync(string conversationId, string? teamId, CancellationToken cancellationToken) =>
        await workshops.FindTrajectByConversationAsync(conversationId, cancellationToken)
        ?? (teamId is { Length: > 0 } && teamId != conversationId
            ? await workshops.FindTrajectByConversationAsync(teamId, cancellationToken)
            : null);

    public async Task<AppResult<Traject>> CreateAsync(CreateTraject command, Caller caller, string operationKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Name))
        {
            return AppErrors.NameRequired;
        }

        var actor = WerkgroepCommandHandler.ActorFor(null, caller);
        var ambitions = AmbitionLines.Parse(command.Ambitions, []);
        var created = await workshops.CreateTrajectAsync(
            now => Traject.Create(ItemIds.Traject(operationKey), command.Name.Trim(), command.Gemeente ?? "", command.Theme ?? "", caller.TenantId ?? "", command.LargeGroupChannel, actor, now, ambitions),
            cancellationToken);
        return created.IsSuccess ? created.Value.Aggregate : created.Error!;
    }

    // The traject of this conversation (see FindForConversationAsync) or of the werkgroep held here, with
    // its werkgroepen. Null when there is none, or it belongs to another tenant.
    public async Task<TrajectOverview?> OverviewAsync(string conversationId, string? teamId, Caller caller, CancellationToken cancellationToken)
    {
        var traject = await FindForConversationAsync(conversationId, teamId, cancellationToken);
        if (traject is null && await workshops.FindWerkgroepByConversationAsync(conversationId, cancellationToken) is { } werkgroep)
        {
            traject = await workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken);
        }

        if (traject is null || IsForeignTenant(traject, caller))
        {
            return null;
        }

        return new TrajectOverview(traject, await workshops.ListWerkgroepenAsync(traject.Id, cancellationToken));
    }

    // Only a moderator of the traject edits it (the domain checks), and only from a conversation of that
    // traject: a card of another traject changes nothing.
    public async Task<AppResult<TrajectOverview>> EditAsync(EditTraject command, Caller caller, string conversationId, string? teamId, CancellationToken cancellationToken)
    {
        var overview = await OverviewAsync(conversationId, teamId, caller, cancellationToken);
        if (overview is null)
        {
            return AppErrors.NoTraject;
        }

        if (command.TrajectId is { Length: > 0 } cardTrajectId && cardTrajectId != overview.Traject.Id)
        {
            return AppErrors.WrongWerkgroep;
        }

        if (string.IsNullOrWhiteSpace(command.Name))
        {
            return AppErrors.NameRequired;
        }

        var actor = WerkgroepCommandHandler.ActorFor(null, caller);
        var edited = await workshops.UpdateTrajectAsync(
            overview.Traject.Id,
            (traject, now) => traject.Edit(actor, command.Name, command.Theme ?? "", AmbitionLines.Parse(command.Ambitions, traject.Ambitions), now),
            cancellationToken);
        return edited.IsSuccess ? overview with { Traject = edited.Value.Aggregate } : edited.Error!;
    }

    public async Task<AppResult<Werkgroep>> StartAsync(StartWerkgroep command, Caller caller, string operationKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Name))
        {
            return AppErrors.NameRequired;
        }

        var name = command.Name.Trim();
        var actor = WerkgroepCommandHandler.ActorFor(null, caller, command.Organisation);
        var trajectId = command.TrajectId;
        if (string.IsNullOrEmpty(trajectId))
        {
            // No traject yet (e.g. a first try-out): the starter gets a traject of their own.
            trajectId = ItemIds.Traject(operationKey);
            var created = await workshops.CreateTrajectAsync(
                now => Traject.Create(trajectId, name, "", "", caller.TenantId ?? "", null, actor, now), cancellationToken);
            if (!created.IsSuccess && created.Error!.Code != DomainErrorCodes.AlreadyExists)
            {
                return created.Error;
            }
        }

        var werkgroepId = ItemIds.Werkgroep(command.Binding.ConversationId);
        var started = await workshops.StartWerkgroepAsync(
            trajectId, (traject, now) => Werkgroep.Start(traject, werkgroepId, name, command.Binding, actor, now), cancellationToken);
        return started.IsSuccess ? started.Value.Aggregate : started.Error!;
    }

    private static bool IsForeignTenant(Traject traject, Caller caller) =>
        caller.TenantId is { Length: > 0 } tenant && traject.TenantId.Length > 0
        && !string.Equals(tenant, traject.TenantId, StringComparison.OrdinalIgnoreCase);
}
