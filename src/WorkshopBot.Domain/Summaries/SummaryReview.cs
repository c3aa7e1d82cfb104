using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Domain.Summaries;

// One published, numbered version of a summary and the partners' review of it. The content never
// changes after publication; a new version supersedes this one. Roles (moderators, reviewers) are
// taken from this stored record, never from card data.
public sealed record SummaryReview
{
    public const int MaxCommentLength = 1_000;

    public required string Id { get; init; }
    public required string TrajectId { get; init; }
    public required string ScopeId { get; init; }
    public required int Version { get; init; }
    public required SummaryContent Content { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required Person PublishedBy { get; init; }
    public required IReadOnlyList<Person> Moderators { get; init; }
    public IReadOnlyList<Reviewer> Reviewers { get; init; } = [];
    public IReadOnlyList<ReviewResponse> Responses { get; init; } = [];
    public DateTimeOffset? Deadline { get; init; }
    public ReviewState State { get; init; } = ReviewState.Open;
    public int? SupersededByVersion { get; init; }
    public PostedCard? Card { get; init; }
    public IReadOnlyList<ReminderMark> Reminders { get; init; } = [];
    public IReadOnlyList<string> Unreachable { get; init; } = [];
    public int AggregateVersion { get; init; }

    // The language of the card everyone in the thread shares: the publishing moderator's, fixed at
    // publication so it does not follow whoever clicked last. Null (older versions) means Dutch.
    public string? Locale { get; init; }

    public static string IdFor(string scopeId, int version) => $"{scopeId}-v{version}";

    public static DomainResult<Change<SummaryReview>> Publish(
        string trajectId,
        string scopeId,
        int version,
        SummaryContent content,
        Actor actor,
        IReadOnlyList<Person> moderators,
        IReadOnlyList<Reviewer> reviewers,
        DateTimeOffset now)
    {
        if (!moderators.Any(m => m.UserId == actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator publishes a summary.");
        }

        var review = new SummaryReview
        {
            Id = IdFor(scopeId, version),
            TrajectId = trajectId,
            ScopeId = scopeId,
            Version = version,
            Content = content,
            PublishedAt = now,
            PublishedBy = new Person(actor.UserId, actor.DisplayName),
            Moderators = moderators,
            Reviewers = reviewers.DistinctBy(r => r.UserId).ToList(),
            AggregateVersion = 1,
        };
        return new Change<SummaryReview>(review, [review.Event(WorkshopEventKinds.SummaryPublished, actor, now, $"version {version}")]);
    }

    public bool IsModerator(string userId) => Moderators.Any(m => m.UserId == userId);

    public ReviewResponse? ResponseOf(string userId) => Responses.FirstOrDefault(r => r.ReviewerId == userId);

    public int Count(ReviewAnswer answer) => Responses.Count(r => r.Answer == answer);

    // The moderators are on the large group's roster too, but they published the summary: they are never
    // waiting to answer, and neither is the organisation they speak for.
    public IReadOnlyList<Reviewer> NotResponded =>
        Reviewers.Where(r => !IsModerator(r.UserId) && ResponseOf(r.UserId) is null).ToList();

    public IReadOnlyList<string> OrganisationsNotResponded =>
        NotResponded.Select(r => r.Organisation).OfType<string>()
            .Except(Responses.Select(r => r.Organisation).OfType<string>(), StringComparer.OrdinalIgnoreCase)
            .Except(Reviewers.Where(r => IsModerator(r.UserId)).Select(r => r.Organisation).OfType<string>(), StringComparer.OrdinalIgnoreCase)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // Anyone who can act on the card in the large group's channel is a member of the large group,
    // so a first answer also makes them a reviewer. Answers can change until the review closes.
    public DomainResult<Change<SummaryReview>> Respond(Actor actor, ReviewAnswer answer, string? comment, DateTimeOffset now)
    {
        if (State == ReviewState.Superseded)
        {
            return new DomainError(DomainErrorCodes.ReviewSuperseded, "A newer version replaced this summary.") { TargetId = SupersededByVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (State == ReviewState.Closed || (Deadline is { } deadline && now >= deadline))
        {
            return new DomainError(DomainErrorCodes.ReviewClosed, "The review is closed.");
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (answer != ReviewAnswer.Akkoord && trimmed is null)
        {
            return new DomainError(DomainErrorCodes.CommentRequired, "A question or objection needs a comment.");
        }

        if (trimmed is { Length: > MaxCommentLength })
        {
            return new DomainError(DomainErrorCodes.TextTooLong, "Comment too long.") { Limit = MaxCommentLength };
        }

        var previous = ResponseOf(actor.UserId);
        if (previous is not null && previous.Answer == answer && previous.Comment == trimmed)
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        // The answer speaks for the organisation the review lists the reviewer with.
        var listed = Reviewers.FirstOrDefault(r => r.UserId == actor.UserId);
        var organisation = listed?.Organisation ?? actor.Organisation;
        var response = new ReviewResponse(actor.UserId, actor.DisplayName, organisation, answer, trimmed, now, (previous?.Revision ?? 0) + 1);
        IReadOnlyList<Reviewer> reviewers = listed is not null
            ? Reviewers
            : [.. Reviewers, new Reviewer(actor.UserId, actor.DisplayName, organisation)];
        var next = this with
        {
            Reviewers = reviewers,
            Responses = [.. Responses.Where(r => r.ReviewerId != actor.UserId), response],
            AggregateVersion = AggregateVersion + 1,
        };
        var kind = previous is null ? WorkshopEventKinds.ReviewAnswered : WorkshopEventKinds.ReviewAnswerChanged;
        return new Change<SummaryReview>(next, [next.ReviewerEvent(kind, actor.UserId, now, answer.ToString().ToLowerInvariant())]);
    }

    public DomainResult<Change<SummaryReview>> SetDeadline(Actor actor, DateTimeOffset deadline, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator sets the deadline.");
        }

        if (State != ReviewState.Open)
        {
            return new DomainError(DomainErrorCodes.ReviewClosed, "The review is no longer open.");
        }

        if (deadline <= now)
        {
            return new DomainError(DomainErrorCodes.DeadlineInPast, "The deadline must lie in the future.");
        }

        if (Deadline == deadline)
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        var next = this with { Deadline = deadline, AggregateVersion = AggregateVersion + 1 };
        var kind = Deadline is null ? WorkshopEventKinds.ReviewDeadlineSet : WorkshopEventKinds.ReviewDeadlineChanged;
        return new Change<SummaryReview>(next, [next.Event(kind, actor, now, deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture))]);
    }

    public DomainResult<Change<SummaryReview>> AddReviewers(Actor actor, IReadOnlyList<Reviewer> reviewers, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator adds reviewers.");
        }

        var added = reviewers.Where(r => Reviewers.All(existing => existing.UserId != r.UserId)).DistinctBy(r => r.UserId).ToList();
        if (added.Count == 0)
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        var next = this with { Reviewers = [.. Reviewers, .. added], AggregateVersion = AggregateVersion + 1 };
        return new Change<SummaryReview>(next, [next.Event(WorkshopEventKinds.ReviewersAdded, actor, now, $"{added.Count} reviewers")]);
    }

    public Change<SummaryReview> AttachCard(PostedCard card)
    {
        if (Card == card)
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        var next = this with { Card = card, AggregateVersion = AggregateVersion + 1 };
        return new(next, [next.Event(WorkshopEventKinds.SummaryPosted, PublishedBy, PublishedAt, "")]);
    }

    public DomainResult<Change<SummaryReview>> Supersede(int newVersion, Actor actor, DateTimeOffset now)
    {
        if (newVersion <= Version)
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "A summary can only be superseded by a newer version.");
        }

        if (State == ReviewState.Superseded && SupersededByVersion >= newVersion)
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        var next = this with { State = ReviewState.Superseded, SupersededByVersion = newVersion, AggregateVersion = AggregateVersion + 1 };
        return new Change<SummaryReview>(next, [next.Event(WorkshopEventKinds.SummarySuperseded, actor, now, $"by version {newVersion}")]);
    }

    // The scheduler calls this at or after the deadline; the first instance to save the change owns
    // posting the final tally.
    public Change<SummaryReview> CloseIfDue(DateTimeOffset now)
    {
        if (State != ReviewState.Open || Deadline is not { } deadline || now < deadline)
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        var next = this with { State = ReviewState.Closed, AggregateVersion = AggregateVersion + 1 };
        return new(next, [next.Event(WorkshopEventKinds.ReviewClosed, PublishedBy, now, "deadline")]);
    }

    public IReadOnlyList<Reviewer> DueReminders(DateTimeOffset now, ReminderPolicy policy)
    {
        if (State != ReviewState.Open || Deadline is not { } deadline || now >= deadline || !policy.IsSendingAllowedAt(now))
        {
            return [];
        }

        return NotResponded
            .Where(r => !Unreachable.Contains(r.UserId))
            .Where(r => Reminders.FirstOrDefault(m => m.ReviewerId == r.UserId) is not { } mark || now - mark.LastRemindedAt >= policy.Interval)
            .ToList();
    }

    // Recording the reminders before sending them is the claim: with ETags only one app instance can
    // save this change, and only that instance sends. A crash in between loses a reminder rather than
    // sending it twice.
    public Change<SummaryReview> MarkReminded(IReadOnlyList<string> reviewerIds, DateTimeOffset now)
    {
        if (reviewerIds.Count == 0)
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        var marks = Reminders.ToDictionary(m => m.ReviewerId);
        foreach (var id in reviewerIds)
        {
            marks[id] = new ReminderMark(id, now, (marks.TryGetValue(id, out var mark) ? mark.Count : 0) + 1);
        }

        var next = this with { Reminders = marks.Values.OrderBy(m => m.ReviewerId, StringComparer.Ordinal).ToList(), AggregateVersion = AggregateVersion + 1 };
        return new Change<SummaryReview>(next, [next.Event(WorkshopEventKinds.RemindersSent, PublishedBy, now, $"{reviewerIds.Count} reviewers")]);
    }

    // Teams answered 403 for this reviewer (bot blocked or app removed): stop reminding them and
    // let the moderator see it.
    public Change<SummaryReview> MarkUnreachable(string reviewerId, DateTimeOffset now)
    {
        if (Unreachable.Contains(reviewerId))
        {
            return Change<SummaryReview>.Unchanged(this);
        }

        var next = this with { Unreachable = [.. Unreachable, reviewerId], AggregateVersion = AggregateVersion + 1 };
        return new(next, [next.ReviewerEvent(WorkshopEventKinds.ReviewerUnreachable, reviewerId, now, "")]);
    }

    private WorkshopEvent Event(string kind, Actor actor, DateTimeOffset at, string details) =>
        new(TrajectId, Id, AggregateVersion, kind, actor.UserId, actor.DisplayName, at, details);

    // A partner's own action or state: the user id only, so the audit trail holds no partner names.
    private WorkshopEvent ReviewerEvent(string kind, string reviewerId, DateTimeOffset at, string details) =>
        new(TrajectId, Id, AggregateVersion, kind, reviewerId, "", at, details);

    private WorkshopEvent Event(string kind, Person person, DateTimeOffset at, string details) =>
        new(TrajectId, Id, AggregateVersion, kind, person.UserId, person.Name, at, details);
}
