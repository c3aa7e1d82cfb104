using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Services;

// The werkgroepen a signed-in user belongs to, with traject names, ordered by traject and werkgroep name.
public sealed class UserWerkgroepenQuery(IWerkgroepMembershipIndex index, IWorkshopStore store)
{
    // tenantId: the tenant of the caller's token. Werkgroepen of other tenants are left out, as the board
    // API refuses them too (a guest has another object id per tenant anyway). Null (the local development
    // identity) means no tenant filter.
    public async Task<IReadOnlyList<UserWerkgroep>> ListAsync(string userId, string? tenantId, CancellationToken cancellationToken)
    {
        var memberships = (await index.ListForUserAsync(userId, cancellationToken))
            .Where(m => tenantId is null || string.Equals(m.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var trajectIds = memberships.Select(m => m.TrajectId).Distinct(StringComparer.Ordinal).ToArray();
        var trajecten = await Task.WhenAll(trajectIds.Select(id => store.GetTrajectAsync(id, cancellationToken)));
        var trajectNames = trajectIds
            .Zip(trajecten, (id, traject) => KeyValuePair.Create(id, traject?.Value.Name ?? ""))
            .ToDictionary(StringComparer.Ordinal);
        return memberships
            .Select(m => new UserWerkgroep(m.WerkgroepId, m.WerkgroepName, m.TrajectId, trajectNames[m.TrajectId], m.Role, m.LastChangedAt))
            .OrderBy(w => w.TrajectName, StringComparer.CurrentCulture)
            .ThenBy(w => w.Name, StringComparer.CurrentCulture)
            .ThenBy(w => w.WerkgroepId, StringComparer.Ordinal)
            .ToArray();
    }
}
