using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Application.Ports;

// A started timer is announced in its conversation when it ends, by whichever instance is running then.
public interface ITimerAnnouncements
{
    Task WatchAsync(string werkgroepId, string conversationId, DateTimeOffset endsAt, Language language, CancellationToken cancellationToken);
}
