namespace WorkshopBot.Application.Commands;

// Moderator: a dot-voting round with Dots per person. ShowCounts: the moderator sees the dots per note
// while the round is open (nobody else does until it closes); left out means hidden.
public sealed record StartVoting(int Step, int Dots, bool ShowCounts = false) : WerkgroepCommand;
