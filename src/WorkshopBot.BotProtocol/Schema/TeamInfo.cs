namespace WorkshopBot.BotProtocol.Schema;

public sealed record TeamInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }
}
