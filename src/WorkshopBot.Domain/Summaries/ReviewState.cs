namespace WorkshopBot.Domain.Summaries;

public enum ReviewState
{
    Open,
    Superseded,
    Closed,
}
