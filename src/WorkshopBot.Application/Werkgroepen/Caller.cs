namespace WorkshopBot.Application.Werkgroepen;

// Who acts: the stable user id (Entra object id, or the Teams id when a client sends none), the display
// name, the tenant the request came from (null where the surface already checked the tenant) and the
// Teams user id (MRI, "29:…") when the request came from Teams: cards list MRIs in refresh.userIds.
public sealed record Caller(string UserId, string Name, string? TenantId = null, string? TeamsId = null);
