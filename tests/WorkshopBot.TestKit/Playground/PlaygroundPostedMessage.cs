namespace WorkshopBot.TestKit.Playground;

// ConversationId is where the bot's replies to this message go: for a new channel post it is
// "{channelId};messageid={MessageId}", otherwise the chat's id. MessageId is the Playground's own
// message id for messages of the current user (the bot sees a different, GUID activity id) and the
// activity id for messages sent as another user.
public sealed record PlaygroundPostedMessage(string MessageId, string ConversationId);
