using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.Domain.Services;

namespace WorkshopBot.Web.Board;

// What POST /api/boards/{id}/actions needs: the werkgroep, share links and the idempotency claims.
public sealed class BoardActionServices(WorkshopService workshops, IActivityDeduplicator deduplicator, ShareLinkServices shareLinks)
{
    public WorkshopService Workshops { get; } = workshops;

    public IActivityDeduplicator Deduplicator { get; } = deduplicator;

    public ShareLinkServices ShareLinks { get; } = shareLinks;
}
