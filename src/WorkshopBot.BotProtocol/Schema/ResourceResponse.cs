namespace WorkshopBot.BotProtocol.Schema;

// The connector answers {id}; some channels (and the local Playground for some operations)
// answer without an id, so it is nullable.
public sealed record ResourceResponse(string? Id);
