namespace WorkshopBot.Domain.Werkgroepen;

public sealed partial record Werkgroep
{
    // Everyone who belongs to the werkgroep with their role: moderators (also those who never wrote a
    // note, such as traject moderators) and members. One entry per user, ordered by user id. A method,
    // not a property, so serialisers of the aggregate never pick it up.
    public IReadOnlyList<KeyValuePair<string, WerkgroepRole>> MemberRoles() =>
        Members.Select(m => m.UserId)
            .Concat(Moderators.Select(m => m.UserId))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(userId => KeyValuePair.Create(userId, RoleOf(userId)!.Value))
            .ToArray();

    public WerkgroepRole? RoleOf(string userId) =>
        IsModerator(userId) ? WerkgroepRole.Moderator
        : IsMember(userId) ? WerkgroepRole.Member
        : null;
}
