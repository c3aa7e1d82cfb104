namespace WorkshopBot.Cards.Views;

public sealed record VotingRoundView(string RoundId, int DotsPerPerson, int DotsLeftForViewer);
