using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Werkgroepen;

// Dot voting on the notes of one step, in numbered rounds.
public sealed partial record Werkgroep
{
    public DomainResult<Change<Werkgroep>> StartVoting(Actor actor, int step, int dotsPerPerson, DateTimeOffset now, bool showCounts = false)
    {
        if (ModeratorAndStep(actor, step) is { } error)
        {
            return error;
        }

        if (StepStateOf(step).Status == StepStatus.Locked)
        {
            return StepLockedError(step);
        }

        if (Voting is { IsOpen: true } open)
        {
            return new DomainError(DomainErrorCodes.VotingOpen, $"A voting round on step {open.Step} is still open.") { Step = open.Step };
        }

        if (dotsPerPerson is < 1 or > WorkshopLimits.MaxDotsPerPerson)
        {
            return new DomainError(DomainErrorCodes.InvalidValue, $"Each person gets 1 to {WorkshopLimits.MaxDotsPerPerson} dots.")
            {
                Limit = WorkshopLimits.MaxDotsPerPerson,
            };
        }

        var round = new VotingRound((Voting?.Round ?? 0) + 1, step, dotsPerPerson, IsOpen: true, now, ClosedAt: null, showCounts);
        return Commit(
            this with { Voting = round },
            actor,
            now,
            [(WorkshopEventKinds.VotingStarted, $"round {round.Round} on step {step}, {dotsPerPerson} dots{(showCounts ? ", counts shown to the moderator" : "")}")]);
    }

    public DomainResult<Change<Werkgroep>> CloseVoting(Actor actor, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (Voting is not { IsOpen: true } open)
        {
            return new DomainError(DomainErrorCodes.VotingClosed, "No voting round is open.");
        }

        return Commit(
            this with { Voting = open with { IsOpen = false, ClosedAt = now } },
            actor,
            now,
            [(WorkshopEventKinds.VotingClosed, $"round {open.Round} on step {open.Step}")]);
    }

    // Dot voting: a person may put several of their dots on the same note (as on a Mural board), up to
    // the round's DotsPerPerson in total. Only notes of the round's step can get votes.
    public DomainResult<Change<Werkgroep>> Vote(Actor actor, string noteId, DateTimeOffset now)
    {
        if (Voting is not { IsOpen: true } round)
        {
            return new DomainError(DomainErrorCodes.VotingClosed, "No voting round is open.");
        }

        var note = FindNote(noteId);
        if (note is null || note.IsDeleted)
        {
            return Rules.NotFound("Note", noteId);
        }

        if (!note.IsActive)
        {
            return NoteRemovedError(note);
        }

        if (note.Step != round.Step)
        {
            return new DomainError(DomainErrorCodes.WrongStep, $"Voting is on step {round.Step}.") { Step = round.Step, TargetId = noteId };
        }

        if (DotsUsed(actor.UserId) >= round.DotsPerPerson)
        {
            return new DomainError(DomainErrorCodes.VoteLimit, $"All {round.DotsPerPerson} dots are used.") { Limit = round.DotsPerPerson };
        }

        var events = new List<(string, string)>();
        var next = Joined(actor, now, events);
        events.Add((WorkshopEventKinds.Voted, $"note {noteId} round {round.Round}"));
        return Commit(
            next with { Notes = Notes.Replace(n => n.Id == noteId, n => n with { Votes = n.Votes.With(new Vote(actor.UserId, round.Round, now)) }) },
            actor,
            now,
            events);
    }

    // Takes back one of the actor's dots on the note in the open round.
    public DomainResult<Change<Werkgroep>> Unvote(Actor actor, string noteId, DateTimeOffset now)
    {
        if (Voting is not { IsOpen: true } round)
        {
            return new DomainError(DomainErrorCodes.VotingClosed, "No voting round is open.");
        }

        var note = FindNote(noteId);
        if (note is null || !note.IsActive)
        {
            return Rules.NotFound("Note", noteId);
        }

        int index = note.Votes.ToList().FindLastIndex(v => v.UserId == actor.UserId && v.Round == round.Round);
        if (index < 0)
        {
            return new DomainError(DomainErrorCodes.NoVote, "You have no dot on this note in this round.") { TargetId = noteId };
        }

        var votes = note.Votes.Where((_, i) => i != index).ToArray();
        return Commit(
            this with { Notes = Notes.Replace(n => n.Id == noteId, n => n with { Votes = votes }) },
            actor,
            now,
            [(WorkshopEventKinds.Unvoted, $"note {noteId} round {round.Round}")]);
    }
}
