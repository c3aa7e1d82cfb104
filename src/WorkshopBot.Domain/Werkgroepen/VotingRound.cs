namespace WorkshopBot.Domain.Werkgroepen;

// Dot voting on the notes of one step. Rounds are numbered so votes of an earlier round stay on the
// notes (they still count for the ranking) but do not use up dots of the current one.
public sealed record VotingRound(int Round, int Step, int DotsPerPerson, bool IsOpen, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt);
