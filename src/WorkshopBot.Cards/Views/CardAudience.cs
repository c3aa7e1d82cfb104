namespace WorkshopBot.Cards.Views;

// Who sees the posted card. Up to 60 members get an automatic per-user refresh (Teams' limit for
// refresh.userIds); above that the card is shared and offers a manual "Vernieuwen" button.
public sealed record CardAudience(int MemberCount, IReadOnlyList<string> UserIds);
