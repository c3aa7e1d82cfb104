namespace WorkshopBot.Application.Werkgroepen;

// Who acts: the stable user id (Entra object id, or the Teams id when a client sends none), the display
// name, and the tenant the request came from (null where the surface already checked the tenant).
public sealed record Caller(string UserId, string Name, string? TenantId = null);
