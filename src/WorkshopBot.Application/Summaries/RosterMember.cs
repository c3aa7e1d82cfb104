namespace WorkshopBot.Application.Summaries;

// A member of a Teams conversation as its roster shows them: the Teams "29:" id, the Entra object id
// (when the client sends one), the display name and the addresses the organisation is derived from.
public sealed record RosterMember(string? Id, string? AadObjectId, string? Name, string? Email = null, string? UserPrincipalName = null)
{
    // The Entra object id, as the bot knows users everywhere; the "29:" id when there is none.
    public string? UserId => string.IsNullOrEmpty(AadObjectId) ? Id : AadObjectId;
}
