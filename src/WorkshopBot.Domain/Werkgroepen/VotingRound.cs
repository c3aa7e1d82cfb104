namespace WorkshopBot.Domain.Werkgroepen;

// Dot voting on the notes of one step. Rounds are numbered so votes of an earlier round stay on the
// notes (they still count for the ranking) but do not use up dots of the current one.
// While a round is open nobody sees how many dots a note has (counts steer the rest of the group, and a
// list ranked by them moves under the cursor); ShowCounts lets the moderator see them anyway. Rounds
// stored before the flag existed have no field and read as false: hidden.
public sealed record VotingRound(
    int Round, int Step, int DotsPerPerson, bool IsOpen, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, bool ShowCounts = false);
