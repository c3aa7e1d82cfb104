using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Ports;

namespace WorkshopBot.Web.Board;

// What POST /api/boards/{id}/actions needs: the werkgroep, share links and the idempotency claims.
public sealed class BoardActionServices(WerkgroepCommandHandler werkgroepen, IActivityDeduplicator deduplicator, ShareLinkServices shareLinks)
{
    public WerkgroepCommandHandler Werkgroepen { get; } = werkgroepen;

    public IActivityDeduplicator Deduplicator { get; } = deduplicator;

    public ShareLinkServices ShareLinks { get; } = shareLinks;
}
