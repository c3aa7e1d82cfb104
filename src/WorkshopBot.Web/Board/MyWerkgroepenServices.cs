using WorkshopBot.Domain.Services;

namespace WorkshopBot.Web.Board;

// What GET /api/me/werkgroepen needs.
public sealed class MyWerkgroepenServices(UserWerkgroepenQuery query, WorkshopService workshops)
{
    public UserWerkgroepenQuery Query { get; } = query;

    public WorkshopService Workshops { get; } = workshops;
}
