using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Summaries;

// The moderator publishes the werkgroep's summary to the large group: a new numbered version in a new
// thread of the traject's large-group channel; the previous version is marked superseded. And the
// moderator adds reviewers from outside the large group. Roles come from the stored traject, werkgroep
// and review, never from the card or message.
public sealed class SummaryPublishHandler(
    WorkshopService workshops,
    WerkgroepCommandHandler werkgroepen,
    TrajectCommandHandler trajecten,
    ISummaryReviewStore store,
    SummaryReviewWriter writer,
    OptimisticConcurrency concurrency,
    IBoardLinks links,
    ReviewPeriod period,
    TimeProvider timeProvider)
{
    // "samenvatting": the latest version with its tally. Showing never publishes.
    public async Task<AppResult<SummaryShown>> ShowAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(context, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (werkgroep, traject, actor, moderators) = loaded.Value;
        var latest = await store.GetLatestAsync(traject.Id, werkgroep.Id, cancellationToken);
        return new SummaryShown(latest?.Value, moderators.Any(m => m.UserId == actor.UserId));
    }

    // The moderator's first click on "Publiceren": what the new version would change. Nothing changed
    // is refused here already, so the moderator is never asked to confirm a version that would not come.
    public async Task<AppResult<SummaryPreview>> PreviewAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(context, cancellationToken);
        if (!prepared.IsSuccess)
        {
            return prepared.Error;
        }

        var (werkgroep, traject, _, _, _) = prepared.Value;
        var content = SummarySnapshot.Of(werkgroep, traject, links.Board(werkgroep.Id));
        var latest = (await store.GetLatestAsync(traject.Id, werkgroep.Id, cancellationToken))?.Value;
        var empty = content with { Title = "", TrajectName = "", WerkgroepName = null, Results = [], Activities = [], QualityAgreements = [], OpenQuestions = [], OpenCoachingPoints = 0, Participants = [] };
        var changes = SummaryChanges.Between(latest?.Content ?? empty, content);
        if (latest is not null && changes.Count == 0)
        {
            return SummaryErrors.Unchanged(latest.Version);
        }

        return new SummaryPreview(werkgroep.Name, latest?.Version, (latest?.Version ?? 0) + 1, changes);
    }

    // The confirmed publication. Identical content makes no new version (SummaryUnchanged): the open
    // review, its deadline and every answer stay. Answers belong to a whole version (a partner agrees
    // with the summary as it stands, not item by item), so a version whose content did change starts
    // a new review round; the previous version keeps its answers, marked superseded.
    public async Task<AppResult<SummaryReview>> PublishAsync(PublishSummary command, SummaryContext context, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(context, cancellationToken);
        if (!prepared.IsSuccess)
        {
            return prepared.Error;
        }

        var (werkgroep, traject, channel, actor, moderators) = prepared.Value;
        var reviewers = await ReviewersAsync(traject, channel, context.Outbox, cancellationToken);
        var content = SummarySnapshot.Of(werkgroep, traject, links.Board(werkgroep.Id));

        // Two moderators publishing at once: the second insert finds the version taken and numbers again.
        Versioned<SummaryReview>? previous = null;
        async Task<DomainResult<SummaryReview>?> NumberAsync(CancellationToken ct)
        {
            var now = timeProvider.GetUtcNow();
            previous = await store.GetLatestAsync(traject.Id, werkgroep.Id, ct);
            if (previous is not null && SummaryChanges.AreSame(previous.Value.Content, content))
            {
                return SummaryErrors.Unchanged(previous.Value.Version);
            }

            var published = SummaryReview.Publish(traject.Id, werkgroep.Id, (previous?.Value.Version ?? 0) + 1, content, actor, moderators, reviewers, now)
                .Then(publish => publish.Aggregate.SetDeadline(actor, command.Deadline ?? now + period.Default, now)
                    .Then(deadlineSet => DomainResult<Change<SummaryReview>>.Success(new(deadlineSet.Aggregate, [.. publish.Events, .. deadlineSet.Events]))));
            if (!published.IsSuccess)
            {
                return published.Error!;
            }

            // The publisher's language becomes the shared card's language for the whole review.
            var candidate = published.Value.Aggregate with { Locale = Languages.Locale(context.Language) };
            var saved = await store.SaveAsync(candidate, null, published.Value.Events, ct);
            return saved.IsSaved ? DomainResult<SummaryReview>.Success(candidate) : null;
        }

        var numbered = await concurrency.RetryAsync("Summary", werkgroep.Id, NumberAsync, cancellationToken);
        if (!numbered.IsSuccess)
        {
            return numbered.Error!;
        }

        var review = numbered.Value;
        var posted = await context.Outbox.PostSummaryAsync(channel, review, context.Language, cancellationToken);
        var attached = await writer.UpdateAsync(review.TrajectId, review.Id, (r, _) => r.AttachCard(posted), cancellationToken);
        review = attached.IsSuccess ? attached.Value.Aggregate : review with { Card = posted };

        if (previous is not null)
        {
            var superseded = await writer.UpdateAsync(previous.Value.TrajectId, previous.Value.Id, (r, now) => r.Supersede(review.Version, actor, now), cancellationToken);
            if (superseded.IsSuccess)
            {
                await context.Outbox.UpdateSharedCardAsync(superseded.Value.Aggregate, context.Outbox.ThreadLink(posted), cancellationToken);
            }
        }

        return review;
    }

    private sealed record Prepared(Werkgroep Werkgroep, Traject Traject, ChannelRef Channel, Actor Actor, IReadOnlyList<Person> Moderators);

    // The werkgroep of the conversation, its traject, the actor and everyone who moderates it.
    private sealed record Loaded(Werkgroep Werkgroep, Traject Traject, Actor Actor, IReadOnlyList<Person> Moderators);

    private async Task<AppResult<Loaded>> LoadAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        var found = await werkgroepen.FindAsync(WerkgroepTarget.Conversation(context.ConversationId), context.Caller, null, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var werkgroep = found.Value;
        var traject = await workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken);
        if (traject is null)
        {
            return AppErrors.NoWerkgroep;
        }

        return new Loaded(werkgroep, traject, WerkgroepCommandHandler.ActorFor(werkgroep, context.Caller), Moderators(traject, werkgroep));
    }

    private async Task<AppResult<Prepared>> PrepareAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(context, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (werkgroep, traject, actor, moderators) = loaded.Value;
        if (!moderators.Any(m => m.UserId == actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator publishes a summary.");
        }

        if (traject.LargeGroupChannel is not { } channel)
        {
            return SummaryErrors.NoLargeGroup;
        }

        return new Prepared(werkgroep, traject, channel, actor, moderators);
    }

    private static IReadOnlyList<Person> Moderators(Traject traject, Werkgroep werkgroep) =>
        [.. traject.Moderators.Concat(werkgroep.Moderators).DistinctBy(m => m.UserId)];

    // Named on the traject for later summaries (by a traject moderator), added to the open summaries of
    // this werkgroep (or, typed in the large group's channel, of all werkgroepen), and sent the card in a
    // 1:1 chat because they cannot see the large group's thread.
    public async Task<AppResult<ReviewerAdded>> AddReviewerAsync(AddReviewer command, SummaryContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(command.Person.Id) && string.IsNullOrEmpty(command.Person.AadObjectId))
        {
            return SummaryErrors.NoOneMentioned;
        }

        var werkgroep = await workshops.FindWerkgroepByConversationAsync(context.ConversationId, cancellationToken);
        var traject = werkgroep is not null
            ? await workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken)
            : await trajecten.FindForConversationAsync(context.ConversationId, context.TeamId, cancellationToken);
        if (traject is null)
        {
            return AppErrors.NoWerkgroep;
        }

        var actor = WerkgroepCommandHandler.ActorFor(null, context.Caller);
        var isTrajectModerator = traject.IsModerator(actor.UserId);
        if (!isTrajectModerator && werkgroep?.IsModerator(actor.UserId) != true)
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator adds reviewers.");
        }

        var reviewer = await ReviewerOfAsync(traject, command, context.Outbox, cancellationToken);
        if (isTrajectModerator)
        {
            var named = await workshops.UpdateTrajectAsync(traject.Id, (t, now) => t.AddReviewer(actor, reviewer, now), cancellationToken);
            if (!named.IsSuccess)
            {
                return named.Error!;
            }
        }

        IReadOnlyList<Werkgroep> scopes = werkgroep is null ? await workshops.ListWerkgroepenAsync(traject.Id, cancellationToken) : [werkgroep];
        var open = 0;
        foreach (var scope in scopes)
        {
            var latest = await store.GetLatestAsync(traject.Id, scope.Id, cancellationToken);
            if (latest?.Value is not { State: ReviewState.Open } review)
            {
                continue;
            }

            // A werkgroep moderator may not change another werkgroep's review: that one is skipped.
            var added = await writer.UpdateAsync(review.TrajectId, review.Id, (r, now) => r.AddReviewers(actor, [reviewer], now), cancellationToken);
            if (!added.IsSuccess)
            {
                continue;
            }

            open++;
            if (added.Value.HasChanges)
            {
                await context.Outbox.UpdateSharedCardAsync(added.Value.Aggregate, null, cancellationToken);
                await context.Outbox.SendSummaryAsync(added.Value.Aggregate, reviewer, cancellationToken);
            }
        }

        return new ReviewerAdded(reviewer, open);
    }

    // The traject's named reviewers plus everyone in the large group's channel, each with the
    // organisation they speak for (see ReviewerOrganisations). Members who answer without being
    // listed become reviewers on their first answer.
    private async Task<IReadOnlyList<Reviewer>> ReviewersAsync(Traject traject, ChannelRef channel, ISummaryOutbox outbox, CancellationToken cancellationToken)
    {
        var members = await outbox.ChannelMembersAsync(channel, cancellationToken);
        var known = await OrganisationsSetInWerkgroepenAsync(traject.Id, cancellationToken);
        var fromRoster = ReviewerOrganisations.Reviewers(members, known);
        var reviewers = traject.Reviewers
            .Select(r => r.Organisation is null ? r with { Organisation = known.GetValueOrDefault(r.UserId) ?? fromRoster.FirstOrDefault(m => m.UserId == r.UserId)?.Organisation } : r)
            .ToList();
        reviewers.AddRange(fromRoster.Where(m => reviewers.All(r => r.UserId != m.UserId)));
        return reviewers;
    }

    // The mention gives the Teams "29:" id; the roster gives the Entra object id the bot knows users by
    // (their answers arrive with it) and the mail domain for the organisation.
    private async Task<Reviewer> ReviewerOfAsync(Traject traject, AddReviewer command, ISummaryOutbox outbox, CancellationToken cancellationToken)
    {
        var person = command.Person;
        var member = person;
        if (!string.IsNullOrEmpty(person.Id) && await outbox.FindMemberAsync(person.Id, cancellationToken) is { } found)
        {
            member = found with { AadObjectId = found.AadObjectId ?? person.AadObjectId, Name = found.Name ?? person.Name };
        }

        var known = await OrganisationsSetInWerkgroepenAsync(traject.Id, cancellationToken);
        var derived = ReviewerOrganisations.Reviewers([member], known).Single();
        return command.Organisation is null ? derived : derived with { Organisation = command.Organisation };
    }

    // One read per publication: what people told the bot with "organisatie …" in any werkgroep.
    private async Task<IReadOnlyDictionary<string, string>> OrganisationsSetInWerkgroepenAsync(string trajectId, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in (await workshops.ListWerkgroepenAsync(trajectId, cancellationToken)).SelectMany(w => w.Members))
        {
            if (!string.IsNullOrWhiteSpace(member.Organisation))
            {
                known.TryAdd(member.UserId, member.Organisation);
            }
        }

        return known;
    }
}
