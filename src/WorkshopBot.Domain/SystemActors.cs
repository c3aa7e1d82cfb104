namespace WorkshopBot.Domain;

// Actors that are not people: what Teams tells the bot (a conversationUpdate) changes the werkgroep, and
// the audit says so instead of naming a person who did nothing. The "system:" prefix can never be an
// Entra object id (a GUID) or a Teams user id ("29:…"), so no role lookup ever matches it.
public static class SystemActors
{
    public static Actor TeamsMembership { get; } = new("system:teams-membership", "Microsoft Teams");

    // An operator's maintenance (the CLI's repair and privacy commands).
    public static Actor Operator { get; } = new("system:operator", "Beheer");

    // The bot's own scheduled work (asking data owners for due periods).
    public static Actor Scheduler { get; } = new("system:scheduler", "WorkshopBot");
}
