using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Domain.Werkgroepen;

// A werkgroep and its board in one aggregate, so one ETag guards every note, vote and item.
// Every operation takes the acting user and the time, checks roles against the stored membership (never
// against card data), and returns the new state plus audit events or a DomainError.
//
// Idempotency: operations that carry a caller-supplied id (AddNote, AddNotes, Promote…, Propose…) succeed
// without change when that id is already known, so a redelivered activity does nothing twice. Operations
// that set a state (OpenStep, Reveal, MarkVastgesteld…) return an error when the state is already set,
// so the UI can tell the user someone else already did it.
public sealed partial record Werkgroep
{
    public string Id { get; init; } = "";

    public string TrajectId { get; init; } = "";

    public string TenantId { get; init; } = "";

    public string Name { get; init; } = "";

    public ConversationBinding? Conversation { get; init; }

    public IReadOnlyList<Member> Members { get; init; } = [];

    public IReadOnlyList<Person> Moderators { get; init; } = [];

    public IReadOnlyList<string> FocusAmbitionIds { get; init; } = [];

    public IReadOnlyList<string> FocusResultIds { get; init; } = [];

    public IReadOnlyList<StepState> Steps { get; init; } = [];

    public int? CurrentStep { get; init; }

    public WorkshopTimer? Timer { get; init; }

    public VotingRound? Voting { get; init; }

    public IReadOnlyList<Note> Notes { get; init; } = [];

    public IReadOnlyList<Result> Results { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public IReadOnlyList<PlannedActivity> Activities { get; init; } = [];

    public IReadOnlyList<QualityAgreement> QualityAgreements { get; init; } = [];

    public string CreatedById { get; init; } = "";

    public string CreatedByName { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public int Version { get; init; }

    // Starts a werkgroep of a traject in a conversation. Only a traject moderator may; the traject's
    // moderators and the starter become the werkgroep's moderators, the starter its first member.
    public static DomainResult<Change<Werkgroep>> Start(
        Traject traject,
        string werkgroepId,
        string name,
        ConversationBinding conversation,
        Actor starter,
        DateTimeOffset now)
    {
        if (!traject.IsModerator(starter.UserId))
        {
            return Rules.NotModerator(starter.UserId);
        }

        if (Rules.CheckId(werkgroepId, "werkgroep") is { } badId)
        {
            return badId;
        }

        if (string.IsNullOrWhiteSpace(conversation.ConversationId))
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "A werkgroep needs a conversation.");
        }

        var checkedName = Rules.RequiredText(name, WorkshopLimits.NameMaxLength, DomainErrorCodes.TextTooLong);
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        var moderators = traject.Moderators.ToList();
        if (!moderators.Any(m => m.UserId == starter.UserId))
        {
            moderators.Add(new Person(starter.UserId, starter.DisplayName));
        }

        var werkgroep = new Werkgroep
        {
            Id = werkgroepId,
            TrajectId = traject.Id,
            TenantId = traject.TenantId,
            Name = checkedName.Value,
            Conversation = conversation,
            Members = [NewMember(starter, now)],
            Moderators = moderators,
            Steps = Enumerable.Range(WorkshopLimits.FirstStep, WorkshopLimits.LastStep)
                .Select(step => new StepState(step, StepStatus.Closed, Silent: false))
                .ToArray(),
            CreatedById = starter.UserId,
            CreatedByName = starter.DisplayName,
            CreatedAt = now,
        };
        return werkgroep.Commit(
            werkgroep,
            starter,
            now,
            [(WorkshopEventKinds.WerkgroepStarted, $"werkgroep {werkgroepId} in {conversation.Kind}")]);
    }

    public bool IsModerator(string userId) => Moderators.Any(m => m.UserId == userId);

    public bool IsMember(string userId) => Members.Any(m => m.UserId == userId);

    public Member? FindMember(string userId) => Members.FirstOrDefault(m => m.UserId == userId);

    // Which organisation a member represents; their notes take its colour. Members set their own (and
    // join by doing so), moderators anyone's; an empty organisation clears it. The board and cards look
    // the organisation up by author (OrganisationOf), not in the copy a note took when it was written,
    // so notes written earlier change colour too.
    public DomainResult<Change<Werkgroep>> SetOrganisation(Actor actor, string userId, string? organisation, DateTimeOffset now)
    {
        var self = userId == actor.UserId;
        if (!self && !IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        var checkedOrganisation = Rules.OptionalText(organisation, WorkshopLimits.OrganisationMaxLength);
        if (!checkedOrganisation.IsSuccess)
        {
            return checkedOrganisation.Error!;
        }

        var events = new List<(string, string)>();
        var next = self ? Joined(actor, now, events) : this;
        var member = next.FindMember(userId);
        if (member is null)
        {
            return new DomainError(DomainErrorCodes.NotMember, $"User {userId} is not a member.") { TargetId = userId };
        }

        var value = checkedOrganisation.Value;
        if (member.Organisation != value)
        {
            next = next with
            {
                Members = next.Members.Replace(
                    m => m.UserId == userId,
                    m => m with { Organisation = value, Colour = OrganisationPalette.ColourFor(value) }),
            };
            events.Add((WorkshopEventKinds.OrganisationSet, value is null ? $"organisation of {userId} cleared" : $"{userId} represents {value}"));
        }

        return events.Count == 0 ? Change<Werkgroep>.Unchanged(this) : Commit(next, actor, now, events);
    }

    // Names a co-moderator; they must already be a member of the werkgroep.
    public DomainResult<Change<Werkgroep>> AddModerator(Actor actor, string userId, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (IsModerator(userId))
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        var member = FindMember(userId);
        if (member is null)
        {
            return new DomainError(DomainErrorCodes.NotMember, $"User {userId} is not a member.") { TargetId = userId };
        }

        return Commit(
            this with { Moderators = Moderators.With(new Person(member.UserId, member.Name)) },
            actor,
            now,
            [(WorkshopEventKinds.ModeratorAdded, $"moderator {userId}")]);
    }

    // The acting moderator passes the role to a member and steps down.
    public DomainResult<Change<Werkgroep>> HandOverModerator(Actor actor, string userId, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (userId == actor.UserId)
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "A moderator cannot hand over to themselves.");
        }

        var member = FindMember(userId);
        if (member is null)
        {
            return new DomainError(DomainErrorCodes.NotMember, $"User {userId} is not a member.") { TargetId = userId };
        }

        var moderators = Moderators.Where(m => m.UserId != actor.UserId).ToList();
        if (!moderators.Any(m => m.UserId == userId))
        {
            moderators.Add(new Person(member.UserId, member.Name));
        }

        return Commit(
            this with { Moderators = moderators },
            actor,
            now,
            [(WorkshopEventKinds.ModeratorHandedOver, $"moderator {actor.UserId} -> {userId}")]);
    }

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

    public DomainResult<Change<Werkgroep>> StartVoting(Actor actor, int step, int dotsPerPerson, DateTimeOffset now)
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

        var round = new VotingRound((Voting?.Round ?? 0) + 1, step, dotsPerPerson, IsOpen: true, now, ClosedAt: null);
        return Commit(
            this with { Voting = round },
            actor,
            now,
            [(WorkshopEventKinds.VotingStarted, $"round {round.Round} on step {step}, {dotsPerPerson} dots")]);
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

    private static Member NewMember(Actor actor, DateTimeOffset now) =>
        new(actor.UserId, actor.DisplayName, actor.Organisation, OrganisationPalette.ColourFor(actor.Organisation), now);

    private static DomainError StepLockedError(int step) =>
        new(DomainErrorCodes.StepLocked, $"Step {step} is locked.") { Step = step };

    private DomainError? ModeratorAndStep(Actor actor, int step) =>
        !IsModerator(actor.UserId) ? Rules.NotModerator(actor.UserId) : Rules.CheckStep(step);

    private Werkgroep WithStep(int step, Func<StepState, StepState> update)
    {
        var steps = Steps.Any(s => s.Step == step) ? Steps : Steps.With(StepStateOf(step));
        return this with { Steps = steps.Replace(s => s.Step == step, update) };
    }

    // Adds the actor as a member when they act for the first time.
    private Werkgroep Joined(Actor actor, DateTimeOffset now, List<(string Kind, string Details)> events)
    {
        if (IsMember(actor.UserId))
        {
            return this;
        }

        events.Add((WorkshopEventKinds.MemberJoined, actor.Organisation is null ? "member joined" : $"member of {actor.Organisation} joined"));
        return this with { Members = Members.With(NewMember(actor, now)) };
    }

    private Change<Werkgroep> Commit(Werkgroep next, Actor actor, DateTimeOffset now, IReadOnlyList<(string Kind, string Details)> events)
    {
        int version = Version + 1;
        var stamped = next with { Version = version, UpdatedAt = now };
        var emitted = events
            .Select(e => new WorkshopEvent(TrajectId, Id, version, e.Kind, actor.UserId, actor.DisplayName, now, e.Details))
            .ToArray();
        return new Change<Werkgroep>(stamped, emitted);
    }
}
