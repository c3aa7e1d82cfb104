using WorkshopBot.Application.Errors;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Werkgroepen;

// What Teams reports about a conversation's people (conversationUpdate membersRemoved / membersAdded)
// applied to the werkgroep of that conversation. Not a person's act, so there is no caller and no role
// check: the domain signs the change with the system actor. A conversation without a werkgroep, or people
// who never took part, change nothing, and neither does a redelivery.
public sealed class ConversationMembershipHandler(WorkshopService workshops)
{
    public Task<AppResult<bool>> MembersLeftAsync(string conversationId, IReadOnlyList<TeamsPerson> people, CancellationToken cancellationToken) =>
        ApplyAsync(conversationId, people, (w, now) => w.RemoveLeavers(people, now), cancellationToken);

    public Task<AppResult<bool>> MembersAddedAsync(string conversationId, IReadOnlyList<TeamsPerson> people, CancellationToken cancellationToken) =>
        ApplyAsync(conversationId, people, (w, now) => w.Readmit(people, now), cancellationToken);

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
