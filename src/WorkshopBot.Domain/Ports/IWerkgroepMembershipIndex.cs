using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Ports;

// "Which werkgroepen is user X in" (member or moderator), e.g. for the Teams tab configuration page.
// The store that implements IWorkshopStore keeps the index up to date on every werkgroep save; the
// werkgroep itself stays the truth, so an index entry that no longer matches it is never returned.
// userId is the stable id the werkgroep stores for its members (the Entra object id in Teams).
public interface IWerkgroepMembershipIndex
{
    Task<IReadOnlyList<WerkgroepMembership>> ListForUserAsync(string userId, CancellationToken cancellationToken);
}
