namespace WorkshopBot.Domain.Monitoring;

// Who delivers an indicator's data: a person of an organisation, a member of the werkgroep (so the bot
// knows their Teams id for the 1:1 card). Since is the first day whose period is asked for.
public sealed record DataOwner(
    string IndicatorId,
    string UserId,
    string Name,
    string? Organisation,
    string? TeamsId,
    DateOnly Since,
    DateTimeOffset AssignedAt);
