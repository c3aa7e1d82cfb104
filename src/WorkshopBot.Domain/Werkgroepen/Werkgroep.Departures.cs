using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Werkgroepen;

// Membership also shrinks: a moderator removes a member, or Teams reports that someone left the chat or
// channel (conversationUpdate membersRemoved). A removed person is kept in FormerMembers, so they cannot
// rejoin by simply acting again (every action otherwise makes the actor a member) and their notes keep
// their organisation's colour. Their notes and votes stay, attributed as before. Only Teams adding them
// back to the conversation (membersAdded) readmits them.
public sealed partial record Werkgroep
{
    public IReadOnlyList<Member> FormerMembers { get; init; } = [];

    public bool HasLeft(string userId) =>
        FormerMembers.Any(m => m.UserId == userId) && !IsMember(userId) && !IsModerator(userId);

    // A moderator removes a member or a co-moderator. The last moderator stays: without one nobody could
    // open a step or publish the summary.
    public DomainResult<Change<Werkgroep>> RemoveMember(Actor actor, string userId, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (!IsMember(userId) && !IsModerator(userId))
        {
            return new DomainError(DomainErrorCodes.NotMember, $"User {userId} is not a member.") { TargetId = userId };
        }

        if (IsLastModerator(userId))
        {
            return LastModeratorError(userId);
        }

        return Commit(Without(userId, now), actor, now, [(WorkshopEventKinds.MemberRemoved, $"member {userId} removed")]);
    }

    // Teams says these people left the conversation. Not a person's act: the system actor signs the audit.
    // Nobody matching (a redelivery, someone who never took part) changes nothing. The last moderator keeps
    // the role, and the audit says they left.
    public DomainResult<Change<Werkgroep>> RemoveLeavers(IReadOnlyList<TeamsPerson> leavers, DateTimeOffset now)
    {
        var next = this;
        var events = new List<(string, string)>();
        foreach (var userId in UserIdsOf(leavers))
        {
            if (next.IsLastModerator(userId))
            {
                events.Add((WorkshopEventKinds.LastModeratorLeft, $"moderator {userId} left the conversation and stays moderator"));
                continue;
            }

            next = next.Without(userId, now);
            events.Add((WorkshopEventKinds.MemberRemoved, $"member {userId} left the conversation"));
        }

        return events.Count == 0 ? Change<Werkgroep>.Unchanged(this) : Commit(next, SystemActors.TeamsMembership, now, events);
    }

    // Teams says these people were added to the conversation: those removed before may take part again.
    public DomainResult<Change<Werkgroep>> Readmit(IReadOnlyList<TeamsPerson> joiners, DateTimeOffset now)
    {
        var readmitted = FormerMembers
            .Where(m => HasLeft(m.UserId) && joiners.Any(p => p.Is(m.UserId, m.TeamsId)))
            .Select(m => m.UserId)
            .ToArray();
        if (readmitted.Length == 0)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        return Commit(
            this with { FormerMembers = FormerMembers.Where(m => !readmitted.Contains(m.UserId)).ToArray() },
            SystemActors.TeamsMembership,
            now,
            readmitted.Select(id => (WorkshopEventKinds.MemberReadmitted, $"member {id} added to the conversation again")).ToArray());
    }

    private bool IsLastModerator(string userId) => IsModerator(userId) && Moderators.Count == 1;

    private static DomainError LastModeratorError(string userId) =>
        new(DomainErrorCodes.LastModerator, $"User {userId} is the last moderator.") { TargetId = userId };

    private IEnumerable<string> UserIdsOf(IReadOnlyList<TeamsPerson> people) =>
        Members.Where(m => people.Any(p => p.Is(m.UserId, m.TeamsId))).Select(m => m.UserId)
            .Concat(Moderators.Where(m => people.Any(p => p.Is(m.UserId, null))).Select(m => m.UserId))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private Werkgroep Without(string userId, DateTimeOffset now)
    {
        var former = FindMember(userId)
            ?? Moderators.Where(m => m.UserId == userId).Select(m => new Member(m.UserId, m.Name, null, OrganisationPalette.ColourFor(null), now)).First();
        return this with
        {
            Members = Members.Where(m => m.UserId != userId).ToArray(),
            Moderators = Moderators.Where(m => m.UserId != userId).ToArray(),
            FormerMembers = FormerMembers.Where(m => m.UserId != userId).Append(former).ToArray(),
        };
    }
}
