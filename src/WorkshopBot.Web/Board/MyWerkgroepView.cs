namespace WorkshopBot.Web.Board;

// One entry of GET /api/me/werkgroepen; Current marks the werkgroep bound to the tab's conversation.
public sealed record MyWerkgroepView(string Id, string Name, string TrajectId, string TrajectName, string Role, DateTimeOffset LastChangedAt, bool Current);
