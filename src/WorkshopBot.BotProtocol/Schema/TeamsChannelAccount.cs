namespace WorkshopBot.BotProtocol.Schema;

// Member as returned by the conversation members APIs: a ChannelAccount with the Teams profile fields,
// as Microsoft.Bot.Schema.Teams.TeamsChannelAccount extends Microsoft.Bot.Schema.ChannelAccount.
public sealed record TeamsChannelAccount : ChannelAccount
{
    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }
}
