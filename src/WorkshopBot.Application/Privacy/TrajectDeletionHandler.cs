using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;

namespace WorkshopBot.Application.Privacy;

// Deleting a traject (issue 13, finding 6). Only a moderator of the stored traject, from its own tenant,
// and only after confirming with the traject's name. Deleting a traject that is already gone answers
// "no-traject", so a repeated click changes nothing.
public sealed class TrajectDeletionHandler(IWorkshopStore store, IPersonalDataStore personalData)
{
    public async Task<AppResult<string>> DeleteAsync(DeleteTraject command, Caller caller, CancellationToken cancellationToken)
    {
        var traject = (await store.GetTrajectAsync(command.TrajectId, cancellationToken))?.Value;
        if (traject is null
            || (caller.TenantId is { Length: > 0 } tenant && traject.TenantId.Length > 0 && !string.Equals(tenant, traject.TenantId, StringComparison.OrdinalIgnoreCase)))
        {
            return AppErrors.NoTraject;
        }

        if (!traject.IsModerator(caller.UserId))
        {
            return new DomainError(DomainErrorCodes.NotModerator, $"User {caller.UserId} is not a moderator of traject {traject.Id}.") { TargetId = caller.UserId };
        }

        if (!string.Equals(command.ConfirmName?.Trim(), traject.Name, StringComparison.Ordinal))
        {
            return new DomainError(DomainErrorCodes.ConfirmationMismatch, $"Deleting traject {traject.Id} needs its name as confirmation.") { TargetId = traject.Id };
        }

        await personalData.DeleteTrajectAsync(traject.Id, cancellationToken);
        return traject.Id;
    }
}
