namespace WorkshopBot.Application.Summaries;

public sealed record ReviewFailure(string ReviewId, Exception Exception);
