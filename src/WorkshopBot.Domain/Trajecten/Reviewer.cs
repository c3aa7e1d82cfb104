namespace WorkshopBot.Domain.Trajecten;

// A partner in the large group who reviews summaries (akkoord / vraag / bezwaar).
public sealed record Reviewer(string UserId, string Name, string? Organisation);
