using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Bot;

// Teams reports people leaving or joining the conversation (PROTOCOL.md §6, conversationUpdate
// membersRemoved / membersAdded). Whoever leaves the chat or channel leaves its werkgroep: they can no
// longer read or change the board. Whoever is added back may take part again. Nobody acted, so nothing is
// answered in the chat; a refusal (e.g. too busy) is logged, and Teams' redelivery or the next event
// repairs it.
public sealed partial class WorkshopActivityHandler
{
    // Removed from the team (teamMemberRemoved, reported once in the General channel): they leave the
    // werkgroepen in every channel of the team.
    private const string TeamMemberRemoved = "teamMemberRemoved";

    protected override async Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ChannelData?.EventType == TeamMemberRemoved && TeamIdOf(turnContext) is { Length: > 0 } teamId)
        {
            var left = await membership.MembersLeftTeamAsync(teamId, PeopleOf(membersRemoved), cancellationToken);
            if (!left.IsSuccess)
            {
                LogMembershipRefused(logger, TeamMemberRemoved, left.Error.Code);
            }

            return;
        }

        var result = await membership.MembersLeftAsync(ConversationId(turnContext), PeopleOf(membersRemoved), cancellationToken);
        if (!result.IsSuccess)
        {
            LogMembershipRefused(logger, "membersRemoved", result.Error.Code);
        }
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var result = await membership.MembersAddedAsync(ConversationId(turnContext), PeopleOf(membersAdded), cancellationToken);
        if (!result.IsSuccess)
        {
            LogMembershipRefused(logger, "membersAdded", result.Error.Code);
        }
    }

    private static TeamsPerson[] PeopleOf(IReadOnlyList<ChannelAccount> accounts) =>
        accounts
            .Select(a => new TeamsPerson(a.Id, a.AadObjectId))
            .Where(p => p.TeamsId is { Length: > 0 } || p.ObjectId is { Length: > 0 })
            .ToArray();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Membership change {Change} not applied: {Code}.")]
    private static partial void LogMembershipRefused(ILogger logger, string change, string code);
}
