using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Werkgroepen;

// The moderator leads the group through the compass steps: opening, closing and locking a step, silent
// writing with a reveal, and a timer.
public sealed partial record Werkgroep
{
    public StepState StepStateOf(int step) =>
        Steps.FirstOrDefault(s => s.Step == step) ?? new StepState(step, StepStatus.Closed, Silent: false);

    public DomainResult<Change<Werkgroep>> OpenStep(Actor actor, int step, DateTimeOffset now)
    {
        if (ModeratorAndStep(actor, step) is { } error)
        {
            return error;
        }

        if (StepStateOf(step).Status == StepStatus.Open)
        {
            return new DomainError(DomainErrorCodes.StepAlreadyOpen, $"Step {step} is already open.") { Step = step };
        }

        return Commit(
            WithStep(step, s => s with { Status = StepStatus.Open }) with { CurrentStep = step },
            actor,
            now,
            [(WorkshopEventKinds.StepOpened, $"step {step}")]);
    }

    public DomainResult<Change<Werkgroep>> CloseStep(Actor actor, int step, DateTimeOffset now)
    {
        if (ModeratorAndStep(actor, step) is { } error)
        {
            return error;
        }

        if (StepStateOf(step).Status != StepStatus.Open)
        {
            return new DomainError(DomainErrorCodes.StepNotOpen, $"Step {step} is not open.") { Step = step };
        }

        return Commit(WithStep(step, s => s with { Status = StepStatus.Closed }), actor, now, [(WorkshopEventKinds.StepClosed, $"step {step}")]);
    }

    // Locking freezes a step: no notes, edits, votes or item changes until a moderator opens it again.
    public DomainResult<Change<Werkgroep>> LockStep(Actor actor, int step, DateTimeOffset now)
    {
        if (ModeratorAndStep(actor, step) is { } error)
        {
            return error;
        }

        if (StepStateOf(step).Status == StepStatus.Locked)
        {
            return StepLockedError(step);
        }

        var next = WithStep(step, s => s with { Status = StepStatus.Locked, Silent = false });
        if (next.Voting is { IsOpen: true } voting && voting.Step == step)
        {
            next = next with { Voting = voting with { IsOpen = false, ClosedAt = now } };
        }

        return Commit(next, actor, now, [(WorkshopEventKinds.StepLocked, $"step {step}")]);
    }

    public DomainResult<Change<Werkgroep>> StartSilent(Actor actor, int step, DateTimeOffset now)
    {
        if (ModeratorAndStep(actor, step) is { } error)
        {
            return error;
        }

        var state = StepStateOf(step);
        if (state.Status == StepStatus.Locked)
        {
            return StepLockedError(step);
        }

        if (state.Silent)
        {
            return new DomainError(DomainErrorCodes.AlreadySilent, $"Step {step} is already silent.") { Step = step };
        }

        // One click for the moderator: a silent brainstorm on a closed step opens it too, otherwise the
        // group is told to write and then refused because the step is closed.
        if (state.Status == StepStatus.Closed)
        {
            return Commit(
                WithStep(step, s => s with { Status = StepStatus.Open, Silent = true }) with { CurrentStep = step },
                actor,
                now,
                [(WorkshopEventKinds.StepOpened, $"step {step}"), (WorkshopEventKinds.SilentStarted, $"step {step}")]);
        }

        return Commit(WithStep(step, s => s with { Silent = true }), actor, now, [(WorkshopEventKinds.SilentStarted, $"step {step}")]);
    }

    public DomainResult<Change<Werkgroep>> Reveal(Actor actor, int step, DateTimeOffset now)
    {
        if (ModeratorAndStep(actor, step) is { } error)
        {
            return error;
        }

        if (!StepStateOf(step).Silent)
        {
            return new DomainError(DomainErrorCodes.NotSilent, $"Step {step} is not silent.") { Step = step };
        }

        return Commit(WithStep(step, s => s with { Silent = false }), actor, now, [(WorkshopEventKinds.Revealed, $"step {step}")]);
    }

    public DomainResult<Change<Werkgroep>> StartTimer(Actor actor, int minutes, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (minutes is < 1 or > WorkshopLimits.MaxTimerMinutes)
        {
            return new DomainError(DomainErrorCodes.InvalidValue, $"A timer runs 1 to {WorkshopLimits.MaxTimerMinutes} minutes.")
            {
                Limit = WorkshopLimits.MaxTimerMinutes,
            };
        }

        var timer = new WorkshopTimer(CurrentStep, minutes, now, now.AddMinutes(minutes), actor.UserId);
        return Commit(this with { Timer = timer }, actor, now, [(WorkshopEventKinds.TimerStarted, $"{minutes} min")]);
    }

    public DomainResult<Change<Werkgroep>> ClearTimer(Actor actor, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (Timer is null)
        {
            return new DomainError(DomainErrorCodes.NoTimer, "No timer is running.");
        }

        return Commit(this with { Timer = null }, actor, now, [(WorkshopEventKinds.TimerCleared, "timer cleared")]);
    }

    private static DomainError StepLockedError(int step) =>
        new(DomainErrorCodes.StepLocked, $"Step {step} is locked.") { Step = step };

    private DomainError? ModeratorAndStep(Actor actor, int step) =>
        !IsModerator(actor.UserId) ? Rules.NotModerator(actor.UserId) : Rules.CheckStep(step);

    private Werkgroep WithStep(int step, Func<StepState, StepState> update)
    {
        var steps = Steps.Any(s => s.Step == step) ? Steps : Steps.With(StepStateOf(step));
        return this with { Steps = steps.Replace(s => s.Step == step, update) };
    }
}
