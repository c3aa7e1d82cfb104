using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Domain.Ports;

// "Which trajecten does user X moderate", e.g. for the werkgroep start card in a meeting or group chat
// that is not the large group's channel. Like IWerkgroepMembershipIndex the store keeps it up to date on
// every traject save and the traject stays the truth: an entry the traject no longer backs is never
// returned. Most recently changed first, at most max.
public interface ITrajectModeratorIndex
{
    Task<IReadOnlyList<Traject>> ListModeratedByAsync(string userId, int max, CancellationToken cancellationToken);
}
