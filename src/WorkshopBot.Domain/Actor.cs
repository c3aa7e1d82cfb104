namespace WorkshopBot.Domain;

// Who performs an action. UserId is the stable identity: the Entra object id (the same in every
// conversation and in the board's SSO token), or the Teams id when a client sends none. TeamsId is the
// Teams user id (MRI, "29:…") of the activity: Teams refreshes a card automatically only for the MRIs
// in refresh.userIds, so it is kept beside the object id. Roles are never taken from here but looked up
// in the stored aggregate.
public sealed record Actor
{
    public Actor(string userId, string displayName, string? organisation = null, string? teamsId = null)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("An actor needs a user id.", nameof(userId));
        }

        UserId = userId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userId : displayName.Trim();
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        TeamsId = string.IsNullOrWhiteSpace(teamsId) ? null : teamsId;
    }

    public string UserId { get; }

    public string DisplayName { get; }

    public string? Organisation { get; }

    public string? TeamsId { get; }
}
