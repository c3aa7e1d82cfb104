namespace WorkshopBot.Web.Board;

// The open dot-voting round; DotsLeft is 0 for viewers who cannot vote. CountsHidden: the notes of the
// round's step carry no totals for this viewer (only their own dots) until the round closes, unless the
// moderator started it with "stemmen tonen" (Werkgroep.VoteCountsVisible); the page says so instead of
// reading the missing totals as "geen stemmen".
public sealed record BoardVotingView(int Step, int DotsPerPerson, int DotsLeft, bool CountsHidden);
