using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Localization;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Bot;

// Typed moderator commands for the werkgroep of this conversation: "comoderator @Naam" names a
// co-moderator, "overdragen @Naam" hands the role over, "verwijder @Naam" removes a member. The person comes from the @mention entity; the
// domain decides who may (moderators only) and who can receive the role (members only).
public sealed partial class WorkshopActivityHandler
{
    private async Task<JsonObject> ModeratorCommandAsync(ModeratorCommandKind kind, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var text = Text(turnContext);
        var caller = CallerOf(turnContext);
        var found = await werkgroepen.FindAsync(Target(turnContext), caller, null, cancellationToken);
        if (!found.IsSuccess)
        {
            return Refusal(found.Error, language);
        }

        var werkgroep = found.Value;
        if (!werkgroep.IsModerator(caller.UserId))
        {
            var onlyModerator = kind switch
            {
                ModeratorCommandKind.CoModerator => text.CoModeratorOnlyModerator,
                ModeratorCommandKind.HandOver => text.HandOverOnlyModerator,
                _ => text.RemoveOnlyModerator,
            };
            return Notice(NoticeSeverity.Warning, onlyModerator, language);
        }

        var mentioned = ModeratorCommands.MentionedPeople(turnContext.Activity);
        if (mentioned.Count != 1)
        {
            var keyword = kind switch
            {
                ModeratorCommandKind.CoModerator => text.CoModeratorKeyword,
                ModeratorCommandKind.HandOver => text.HandOverKeyword,
                _ => text.RemoveKeyword,
            };
            return Notice(NoticeSeverity.Info, MessageText.Fill(text.MentionOnePersonFormat, keyword), language);
        }

        var person = await FindMentionedMemberAsync(turnContext, werkgroep, mentioned[0], cancellationToken);
        var name = person?.Name ?? mentioned[0].Name ?? "";
        if (person is null)
        {
            return Notice(NoticeSeverity.Info, MessageText.Fill(text.NotAMemberYetFormat, name), language);
        }

        WerkgroepCommand command = kind switch
        {
            ModeratorCommandKind.CoModerator => new AddModerator(person.UserId),
            ModeratorCommandKind.HandOver => new HandOverModeration(person.UserId),
            _ => new RemoveMember(person.UserId),
        };
        var result = await werkgroepen.ExecuteAsync(command, Context(turnContext), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, command.GetType().Name, result.Error.Code);
            return result.Error.Code == DomainErrorCodes.InvalidValue
                ? Notice(NoticeSeverity.Info, text.CannotHandOverToSelf, language)
                : Refusal(result.Error, language);
        }

        var template = kind switch
        {
            ModeratorCommandKind.HandOver => text.HandedOverFormat,
            ModeratorCommandKind.RemoveMember => text.MemberRemovedFormat,
            _ when result.Value.HasChanges => text.CoModeratorAddedFormat,
            _ => text.AlreadyModeratorFormat,
        };
        return Notice(NoticeSeverity.Info, MessageText.Fill(template, name, werkgroep.Name), language);
    }

    // Werkgroep members are stored by Entra object id (or the Teams id when a client sends none). A Teams
    // mention carries the Teams "29:" id and the display name, rarely the object id, so the conversation's
    // roster is asked for the object id. The display name is the last resort (roster unreachable) and only
    // counts when exactly one member has it.
    private async Task<Member?> FindMentionedMemberAsync(TurnContext turnContext, Werkgroep werkgroep, ChannelAccount mentioned, CancellationToken cancellationToken)
    {
        if (mentioned.AadObjectId is { Length: > 0 } aad && werkgroep.FindMember(aad) is { } byAad)
        {
            return byAad;
        }

        if (mentioned.Id is not { Length: > 0 } id)
        {
            return null;
        }

        if (werkgroep.FindMember(id) is { } byId)
        {
            return byId;
        }

        if (await RosterObjectIdAsync(turnContext, id, cancellationToken) is { } rosterAad && werkgroep.FindMember(rosterAad) is { } byRoster)
        {
            return byRoster;
        }

        var byName = werkgroep.Members
            .Where(m => string.Equals(m.Name.Trim(), mentioned.Name?.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return byName.Length == 1 ? byName[0] : null;
    }

    private async Task<string?> RosterObjectIdAsync(TurnContext turnContext, string teamsUserId, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        try
        {
            var member = await turnContext.Connector.GetMemberAsync(serviceUrl, ChannelThreadId.Channel(conversationId), teamsUserId, cancellationToken);
            return member.AadObjectId is { Length: > 0 } aad ? aad : null;
        }
        catch (ConnectorException ex)
        {
            LogRosterLookupFailed(logger, ex.StatusCode?.ToString() ?? ex.ErrorCode ?? "unknown");
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster lookup for a mentioned person failed ({Status}); matching by name.")]
    private static partial void LogRosterLookupFailed(ILogger logger, string status);
}
