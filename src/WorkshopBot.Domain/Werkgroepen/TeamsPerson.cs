namespace WorkshopBot.Domain.Werkgroepen;

// A person as a Teams conversationUpdate names them: the Teams user id (MRI, "29:…") and, usually, the
// Entra object id. Either may be missing; a member matches on whichever is there.
public sealed record TeamsPerson(string? TeamsId, string? ObjectId)
{
    public bool Is(string userId, string? teamsId) =>
        (ObjectId is { Length: > 0 } objectId && string.Equals(objectId, userId, StringComparison.OrdinalIgnoreCase))
        || (TeamsId is { Length: > 0 } mri
            && (string.Equals(mri, teamsId, StringComparison.OrdinalIgnoreCase) || string.Equals(mri, userId, StringComparison.OrdinalIgnoreCase)));
}
