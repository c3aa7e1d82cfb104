using Microsoft.Extensions.Options;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Board;

// What listing, making and revoking share links need.
public sealed class ShareLinkServices(IShareLinkStore store, ShareLinkService shareLinks, IOptions<BoardIdentityOptions> options, TimeProvider time)
{
    public IShareLinkStore Store { get; } = store;

    public ShareLinkService ShareLinks { get; } = shareLinks;

    public IOptions<BoardIdentityOptions> Options { get; } = options;

    public TimeProvider Time { get; } = time;
}
