namespace WorkshopBot.Application.Commands;

// The moderator answers a partner's question or objection (ResponseId: the partner's user id) in the
// summary's thread.
public sealed record ReplyToReview(string? SummaryId, string? ResponseId, string? Text);
