using WorkshopBot.Application.Errors;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Werkgroepen;

// What Teams reports about a conversation's people (conversationUpdate membersRemoved / membersAdded)
// applied to the werkgroep of that conversation. Not a person's act, so there is no caller and no role
// check: the domain signs the change with the system actor. A conversation without a werkgroep, or people
// who never took part, change nothing, and neither does a redelivery.
public sealed class ConversationMembershipHandler(WorkshopService workshops, IWerkgroepMembershipIndex memberships)
{
    // Someone removed from a team leaves every channel of it, but Teams reports it once, for the team
    // (teamMemberRemoved in the General channel). The werkgroepen they are in come from the membership
    // index; those held in a channel of this team (or in its General channel) let them go. Answers how
    // many werkgroepen changed.
    public async Task<AppResult<int>> MembersLeftTeamAsync(string teamId, IReadOnlyList<TeamsPerson> people, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var userId in people.SelectMany(p => new[] { p.ObjectId, p.TeamsId }).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
        {
            foreach (var membership in await memberships.ListForUserAsync(userId, cancellationToken))
            {
                ids.Add(membership.WerkgroepId);
            }
        }

        var changed = 0;
        DomainError? failed = null;
        foreach (var werkgroepId in ids.Order(StringComparer.Ordinal))
        {
            var result = await workshops.UpdateWerkgroepAsync(
                werkgroepId,
                (w, now) => InTeam(w, teamId) ? w.RemoveLeavers(people, now) : DomainResult<Change<Werkgroep>>.Success(Change<Werkgroep>.Unchanged(w)),
                cancellationToken);
            if (!result.IsSuccess)
            {
                // One werkgroep that is too busy does not keep the others from letting the person go.
                failed ??= result.Error;
                continue;
            }

            changed += result.Value.HasChanges ? 1 : 0;
        }

        return failed is null ? changed : failed;
    }

    public Task<AppResult<bool>> MembersLeftAsync(string conversationId, IReadOnlyList<TeamsPerson> people, CancellationToken cancellationToken) =>
        ApplyAsync(conversationId, people, (w, now) => w.RemoveLeavers(people, now), cancellationToken);

    public Task<AppResult<bool>> MembersAddedAsync(string conversationId, IReadOnlyList<TeamsPerson> people, CancellationToken cancellationToken) =>
        ApplyAsync(conversationId, people, (w, now) => w.Readmit(people, now), cancellationToken);

    private static bool InTeam(Werkgroep werkgroep, string teamId) =>
        werkgroep.Conversation is { } binding
        && (string.Equals(binding.TeamId, teamId, StringComparison.Ordinal) || string.Equals(binding.ConversationId, teamId, StringComparison.Ordinal));

    // Answers whether the werkgroep changed.
    private async Task<AppResult<bool>> ApplyAsync(
        string conversationId,
        IReadOnlyList<TeamsPerson> people,
        Func<Werkgroep, DateTimeOffset, DomainResult<Change<Werkgroep>>> operation,
        CancellationToken cancellationToken)
    {
        if (people.Count == 0 || await workshops.FindWerkgroepByConversationAsync(conversationId, cancellationToken) is not { } werkgroep)
        {
            return false;
        }

        var result = await workshops.UpdateWerkgroepAsync(werkgroep.Id, operation, cancellationToken);
        return result.IsSuccess ? result.Value.HasChanges : result.Error!;
    }
}
