using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Hosting;

// Result of CreateConversationAsync: the reference for the new conversation (already saved in
// the reference store) and the id of its first activity, when one was posted.
public sealed record ConversationStarted(ConversationReference Reference, string? ActivityId);
