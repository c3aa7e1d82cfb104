using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Sharing;

namespace WorkshopBot.Web.Board;

// What reading a board and exporting it need.
public sealed class BoardServices(WorkshopService workshops, IShareLinkStore shareLinkStore, TimeProvider time)
{
    public WorkshopService Workshops { get; } = workshops;

    public IShareLinkStore ShareLinkStore { get; } = shareLinkStore;

    public TimeProvider Time { get; } = time;
}
