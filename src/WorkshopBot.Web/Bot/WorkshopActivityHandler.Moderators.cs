using WorkshopBot.Domain.Localization;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Localization;

namespace WorkshopBot.Web.Bot;

// Typed moderator commands for the werkgroep of this conversation: "comoderator @Naam" names a
// co-moderator, "overdragen @Naam" hands the role over. The person comes from the @mention entity; the
// domain decides who may (moderators only) and who can receive the role (members only).
public sealed partial class WorkshopActivityHandler
{
    // Null when the message is not a moderator command, so the ordinary text commands take over.
    private async Task<JsonObject?> ModeratorCommandAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (ModeratorCommands.Parse(activity.GetTextWithoutBotMention() ?? activity.Text) is not { } kind)
        {
            return null;
        }

        var language = LanguageOf(turnContext);
        var nl = language == Language.Dutch;
        var werkgroep = await FindWerkgroepAsync(turnContext, cancellationToken);
        if (werkgroep is null)
        {
            return Notice(NoticeSeverity.Info, NoWerkgroepMessage(language), language);
        }

        var actor = ActorOf(turnContext, werkgroep);
        if (!werkgroep.IsModerator(actor.UserId))
        {
            return Notice(NoticeSeverity.Warning, (kind, nl) switch
            {
                (ModeratorCommandKind.CoModerator, true) => "Alleen de projectleider (moderator) van deze werkgroep kan een co-moderator aanwijzen.",
                (ModeratorCommandKind.CoModerator, false) => "Only the project leader (moderator) of this working group can name a co-moderator.",
                (_, true) => "Alleen de projectleider (moderator) van deze werkgroep kan de moderatie overdragen.",
                _ => "Only the project leader (moderator) of this working group can hand over moderation.",
            }, language);
        }

        var keyword = (kind, nl) switch
        {
            (ModeratorCommandKind.CoModerator, _) => "comoderator",
            (_, true) => "overdragen",
            _ => "hand over",
        };
        var mentioned = ModeratorCommands.MentionedPeople(activity);
        if (mentioned.Count != 1)
        {
            return Notice(NoticeSeverity.Info, nl
                ? $"Noem één persoon met een @-vermelding, bijvoorbeeld: **{keyword} @Kees Hulp**."
                : $"Mention one person with an @mention, for example: **{keyword} @Kees Hulp**.", language);
        }

        var person = await FindMentionedMemberAsync(turnContext, werkgroep, mentioned[0], cancellationToken);
        var name = person?.Name ?? mentioned[0].Name ?? "";
        if (person is null)
        {
            return Notice(NoticeSeverity.Info, nl
                ? $"{name} is nog geen lid van deze werkgroep. Zodra {name} een notitie plaatst of stemt, kun je het opnieuw proberen."
                : $"{name} is not a member of this working group yet. Once {name} adds a note or votes, try again.", language);
        }

        var result = await workshops.UpdateWerkgroepAsync(
            werkgroep.Id,
            (w, now) => kind == ModeratorCommandKind.CoModerator ? w.AddModerator(actor, person.UserId, now) : w.HandOverModerator(actor, person.UserId, now),
            cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, keyword, result.Error!.Code);
            return result.Error.Code == DomainErrorCodes.InvalidValue
                ? Notice(NoticeSeverity.Info, nl ? "Je kunt de moderatie niet aan jezelf overdragen." : "You cannot hand over moderation to yourself.", language)
                : ErrorCard.Build(UserMessages.For(result.Error, language), language);
        }

        var message = (kind, result.Value.HasChanges, nl) switch
        {
            (ModeratorCommandKind.CoModerator, false, true) => $"{name} is al moderator van werkgroep ‘{werkgroep.Name}’.",
            (ModeratorCommandKind.CoModerator, false, false) => $"{name} is already a moderator of working group ‘{werkgroep.Name}’.",
            (ModeratorCommandKind.CoModerator, _, true) => $"{name} is nu co-moderator van werkgroep ‘{werkgroep.Name}’ en kan stappen openen, notities ordenen en de samenvatting delen.",
            (ModeratorCommandKind.CoModerator, _, false) => $"{name} is now co-moderator of working group ‘{werkgroep.Name}’ and can open steps, organise notes and share the summary.",
            (_, _, true) => $"Je hebt de moderatie van werkgroep ‘{werkgroep.Name}’ overgedragen aan {name}. Je blijft lid van de werkgroep.",
            _ => $"You handed over moderation of working group ‘{werkgroep.Name}’ to {name}. You remain a member of the working group.",
        };
        return Notice(NoticeSeverity.Info, message, language);
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
