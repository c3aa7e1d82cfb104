namespace WorkshopBot.Cards.Views;

// "samenvatting" before anything was published: the message, and a publish button for a moderator.
public sealed record NoSummaryView(string Message, bool CanPublish);
