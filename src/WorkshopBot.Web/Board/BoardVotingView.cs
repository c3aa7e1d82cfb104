namespace WorkshopBot.Web.Board;

// The open dot-voting round; DotsLeft is 0 for viewers who cannot vote.
public sealed record BoardVotingView(int Step, int DotsPerPerson, int DotsLeft);
