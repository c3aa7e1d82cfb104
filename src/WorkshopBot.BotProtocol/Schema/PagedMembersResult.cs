namespace WorkshopBot.BotProtocol.Schema;

public sealed record PagedMembersResult
{
    public IReadOnlyList<TeamsChannelAccount> Members { get; init; } = [];

    public string? ContinuationToken { get; init; }
}
