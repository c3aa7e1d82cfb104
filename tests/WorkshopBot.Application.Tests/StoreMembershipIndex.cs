using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Application.Tests;

// IWerkgroepMembershipIndex over the in-memory store: the werkgroepen of the test traject the user is
// a member or moderator of, read from the werkgroepen themselves.
internal sealed class StoreMembershipIndex(InMemoryWorkshopStore store, string trajectId = "t-1") : IWerkgroepMembershipIndex
{
    public async Task<IReadOnlyList<WerkgroepMembership>> ListForUserAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await store.ListWerkgroepenAsync(trajectId, cancellationToken))
            .Where(w => w.IsMember(userId) || w.IsModerator(userId))
            .Select(w => new WerkgroepMembership(w.Id, w.Name, w.TrajectId, w.TenantId, w.IsModerator(userId) ? WerkgroepRole.Moderator : WerkgroepRole.Member, TestWorkshop.Now))];
}
