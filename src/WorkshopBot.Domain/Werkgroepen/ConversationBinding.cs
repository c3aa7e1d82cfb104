namespace WorkshopBot.Domain.Werkgroepen;

// The Teams conversation a werkgroep works in. ConversationId is the conversation without any
// ";messageid=" suffix (callers normalise it), so every post in a channel finds the same werkgroep.
public sealed record ConversationBinding(string ConversationId, ConversationKind Kind);
