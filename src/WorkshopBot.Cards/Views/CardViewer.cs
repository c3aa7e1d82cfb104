namespace WorkshopBot.Cards.Views;

// The person the card is rendered for. Cards built without a viewer are shared cards: they show
// nothing personal and no moderator actions.
public sealed record CardViewer(string UserId, bool IsModerator);
