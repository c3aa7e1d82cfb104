namespace WorkshopBot.Domain;

// Who performs an action. UserId is the Teams "29:…" id or the AAD object id; roles are never taken
// from here but looked up in the stored aggregate.
public sealed record Actor
{
    public Actor(string userId, string displayName, string? organisation = null)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("An actor needs a user id.", nameof(userId));
        }

        UserId = userId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userId : displayName.Trim();
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
    }

    public string UserId { get; }

    public string DisplayName { get; }

    public string? Organisation { get; }
}
