using WorkshopBot.Domain;
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

    private static Member NewMember(Actor actor, DateTimeOffset now) =>
        new(actor.UserId, actor.DisplayName, actor.Organisation, OrganisationPalette.ColourFor(actor.Organisation), now, actor.TeamsId);

    // Adds the actor as a member when they act for the first time. A member first seen on the board has
    // no Teams id yet; their first action in Teams records it, so their card views start refreshing.
    private Werkgroep Joined(Actor actor, DateTimeOffset now, List<(string Kind, string Details)> events)
    {
        if (FindMember(actor.UserId) is { } member)
        {
            return actor.TeamsId is null || member.TeamsId == actor.TeamsId
                ? this
                : this with { Members = Members.Replace(m => m.UserId == member.UserId, m => m with { TeamsId = actor.TeamsId }) };
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
