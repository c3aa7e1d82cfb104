using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Werkgroepen;

// Creating a traject and starting a werkgroep. Ids follow from the operation key and the conversation,
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
        var created = await workshops.CreateTrajectAsync(
            now => Traject.Create(ItemIds.Traject(operationKey), command.Name.Trim(), command.Gemeente ?? "", command.Theme ?? "", caller.TenantId ?? "", command.LargeGroupChannel, actor, now),
            cancellationToken);
        return created.IsSuccess ? created.Value.Aggregate : created.Error!;
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
}
