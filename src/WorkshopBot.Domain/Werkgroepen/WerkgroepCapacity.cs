namespace WorkshopBot.Domain.Werkgroepen;

// The size guard every werkgroep change passes (WorkshopService.UpdateWerkgroepAsync): a change that
// makes the werkgroep larger than WorkshopLimits.WerkgroepSizeBudget is refused with "werkgroep-full";
// a change that shrinks it (deleting, the repair command) always passes, so a full werkgroep can recover.
public static class WerkgroepCapacity
{
    public static DomainResult<Change<Werkgroep>> Guard(Werkgroep before, DomainResult<Change<Werkgroep>> result)
    {
        if (!result.IsSuccess || !result.Value.HasChanges)
        {
            return result;
        }

        long after = result.Value.Aggregate.EstimatedSize();
        return after > WorkshopLimits.WerkgroepSizeBudget && after > before.EstimatedSize()
            ? new DomainError(DomainErrorCodes.WerkgroepFull, $"Werkgroep {before.Id} would hold {after} of {WorkshopLimits.WerkgroepSizeBudget} size units.")
            {
                Limit = WorkshopLimits.WerkgroepSizeBudget,
            }
            : result;
    }
}
