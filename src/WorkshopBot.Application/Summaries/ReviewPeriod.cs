namespace WorkshopBot.Application.Summaries;

// How long a review runs when the moderator publishes without a deadline (configuration "Reminders").
public sealed record ReviewPeriod(TimeSpan Default);
