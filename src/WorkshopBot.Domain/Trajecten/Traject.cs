using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Trajecten;

// A Kwaliteitskompas trajectory of one gemeente on one theme; the large group's ambitions live here and
// its werkgroepen work them out. Every change bumps Version and emits audit events.
public sealed partial record Traject
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Gemeente { get; init; } = "";

    public string Theme { get; init; } = "";

    public string TenantId { get; init; } = "";

    public IReadOnlyList<Person> Moderators { get; init; } = [];

    public ChannelRef? LargeGroupChannel { get; init; }

    public IReadOnlyList<Ambition> Ambitions { get; init; } = [];

    public IReadOnlyList<Reviewer> Reviewers { get; init; } = [];

    public string CreatedById { get; init; } = "";

    public string CreatedByName { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public int Version { get; init; }

    public bool IsModerator(string userId) => Moderators.Any(m => m.UserId == userId);

    public static DomainResult<Change<Traject>> Create(
        string id,
        string name,
        string gemeente,
        string theme,
        string tenantId,
        ChannelRef? largeGroupChannel,
        Actor creator,
        DateTimeOffset now,
        IReadOnlyList<Ambition>? ambitions = null)
    {
        if (Rules.CheckId(id, "traject") is { } badId)
        {
            return badId;
        }

        var checkedName = Rules.RequiredText(name, WorkshopLimits.NameMaxLength, DomainErrorCodes.TextTooLong);
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        if (CheckAmbitions(ambitions ?? []) is { } badAmbitions)
        {
            return badAmbitions;
        }

        var traject = new Traject
        {
            Id = id,
            Name = checkedName.Value,
            Gemeente = (gemeente ?? "").Trim(),
            Theme = (theme ?? "").Trim(),
            TenantId = tenantId ?? "",
            Moderators = [new Person(creator.UserId, creator.DisplayName)],
            LargeGroupChannel = largeGroupChannel,
            Ambitions = ambitions ?? [],
            CreatedById = creator.UserId,
            CreatedByName = creator.DisplayName,
            CreatedAt = now,
        };
        return traject.Commit(traject, creator, now, (WorkshopEventKinds.TrajectCreated, $"traject {id}"));
    }

    // The project leader renames the traject or reworks its theme and the large group's ambitions.
    public DomainResult<Change<Traject>> Edit(Actor actor, string name, string theme, IReadOnlyList<Ambition> ambitions, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        var checkedName = Rules.RequiredText(name, WorkshopLimits.NameMaxLength, DomainErrorCodes.TextTooLong);
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        if (CheckAmbitions(ambitions) is { } badAmbitions)
        {
            return badAmbitions;
        }

        var next = this with { Name = checkedName.Value, Theme = (theme ?? "").Trim(), Ambitions = ambitions };
        if (next.Name == Name && next.Theme == Theme && SameAmbitions(next.Ambitions, Ambitions))
        {
            return Change<Traject>.Unchanged(this);
        }

        return Commit(next, actor, now, (WorkshopEventKinds.TrajectEdited, $"traject {Id}: {ambitions.Count} ambitions"));
    }

    public DomainResult<Change<Traject>> AddModerator(Actor actor, Person moderator, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (IsModerator(moderator.UserId))
        {
            return Change<Traject>.Unchanged(this);
        }

        return Commit(
            this with { Moderators = Moderators.With(moderator) },
            actor,
            now,
            (WorkshopEventKinds.ModeratorAdded, $"moderator {moderator.UserId}"));
    }

    // The acting moderator gives the role to someone else and steps down (e.g. a new project leader).
    public DomainResult<Change<Traject>> HandOverModerator(Actor actor, Person successor, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (successor.UserId == actor.UserId)
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "A moderator cannot hand over to themselves.");
        }

        var moderators = Moderators.Where(m => m.UserId != actor.UserId).ToList();
        if (!moderators.Any(m => m.UserId == successor.UserId))
        {
            moderators.Add(successor);
        }

        return Commit(
            this with { Moderators = moderators },
            actor,
            now,
            (WorkshopEventKinds.ModeratorHandedOver, $"moderator {actor.UserId} -> {successor.UserId}"));
    }

    public DomainResult<Change<Traject>> AddReviewer(Actor actor, Reviewer reviewer, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (Reviewers.Any(r => r.UserId == reviewer.UserId))
        {
            return Change<Traject>.Unchanged(this);
        }

        return Commit(
            this with { Reviewers = Reviewers.With(reviewer) },
            actor,
            now,
            (WorkshopEventKinds.ReviewerAdded, $"reviewer {reviewer.UserId}"));
    }

    private static DomainError? CheckAmbitions(IReadOnlyList<Ambition> ambitions)
    {
        if (ambitions.Count > WorkshopLimits.MaxAmbitions || ambitions.Any(a => a.SubGoals.Count > WorkshopLimits.MaxAmbitions))
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "Too many ambitions or sub-goals.") { Limit = WorkshopLimits.MaxAmbitions };
        }

        var texts = ambitions.Select(a => a.Text).Concat(ambitions.SelectMany(a => a.SubGoals).Select(g => g.Text));
        if (texts.Any(string.IsNullOrWhiteSpace))
        {
            return new DomainError(DomainErrorCodes.EmptyText, "An ambition or sub-goal has no text.");
        }

        return texts.Any(t => t.Length > WorkshopLimits.StatementMaxLength)
            ? new DomainError(DomainErrorCodes.TextTooLong, "Ambition too long.") { Limit = WorkshopLimits.StatementMaxLength }
            : null;
    }

    private static bool SameAmbitions(IReadOnlyList<Ambition> left, IReadOnlyList<Ambition> right) =>
        left.Count == right.Count
        && left.Zip(right).All(p => p.First.Id == p.Second.Id && p.First.Text == p.Second.Text && p.First.SubGoals.SequenceEqual(p.Second.SubGoals));

    private Change<Traject> Commit(Traject next, Actor actor, DateTimeOffset now, params (string Kind, string Details)[] events)
    {
        int version = Version + 1;
        var stamped = next with { Version = version, UpdatedAt = now };
        var emitted = events
            .Select(e => new WorkshopEvent(Id, Id, version, e.Kind, actor.UserId, actor.DisplayName, now, e.Details))
            .ToArray();
        return new Change<Traject>(stamped, emitted);
    }
}
