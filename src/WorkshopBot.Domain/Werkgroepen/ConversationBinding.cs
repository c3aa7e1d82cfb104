namespace WorkshopBot.Domain.Werkgroepen;

// The Teams conversation a werkgroep works in. ConversationId is the conversation without any
// ";messageid=" suffix (callers normalise it), so every post in a channel finds the same werkgroep.
// TeamId: the team of a channel, so that someone removed from the team (Teams reports it once, for the
// team, not per channel) leaves the werkgroepen in its channels too; null outside teams and for
// werkgroepen started before it was kept.
public sealed record ConversationBinding(string ConversationId, ConversationKind Kind, string? TeamId = null);
