namespace WorkshopBot.Application.Commands;

// The moderator publishes the werkgroep's summary to the large group; without a deadline the review
// runs the default period.
public sealed record PublishSummary(DateTimeOffset? Deadline);
