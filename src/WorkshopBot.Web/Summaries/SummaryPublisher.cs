using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Summaries;

// The moderator publishes the werkgroep's summary to the large group: a new numbered version in a new
// thread of the traject's large-group channel; the previous version is marked superseded.
public sealed partial class SummaryPublisher(
    WorkshopService workshops,
    ISummaryReviewStore store,
    SummaryReviewWriter writer,
    SummaryMessaging messaging,
    IConnectorClient connector,
    WorkshopLinks links,
    IOptions<ReminderOptions> options,
    TimeProvider timeProvider,
    ILogger<SummaryPublisher> logger)
{
    private const int MembersPageSize = 500;
    private const int MaxAttempts = 5;

    public async Task<DomainResult<SummaryReview>> PublishAsync(
        string werkgroepId,
        Actor actor,
        ConversationReference origin,
        DateTimeOffset? deadline,
        Language language,
        CancellationToken cancellationToken)
    {
        var werkgroep = await workshops.GetWerkgroepAsync(werkgroepId, cancellationToken);
        var traject = werkgroep is null ? null : await workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken);
        if (werkgroep is null || traject is null)
        {
            return new DomainError(DomainErrorCodes.NoWerkgroep, "No werkgroep here.");
        }

        if (traject.LargeGroupChannel is not { } channel)
        {
            return new DomainError(DomainErrorCodes.NoLargeGroup, "The traject has no large-group channel.");
        }

        IReadOnlyList<Person> moderators = [.. traject.Moderators.Concat(werkgroep.Moderators).DistinctBy(m => m.UserId)];
        var teamsChannelId = ChannelThreadId.Channel(channel.ConversationId);
        var reviewers = await ReviewersAsync(traject, channel.ServiceUrl, teamsChannelId, cancellationToken);
        var content = SummaryViews.Snapshot(werkgroep, traject, links.Board(werkgroep.Id));

        SummaryReview? review = null;
        Versioned<SummaryReview>? previous = null;
        for (var attempt = 0; attempt < MaxAttempts && review is null; attempt++)
        {
            var now = timeProvider.GetUtcNow();
            previous = await store.GetLatestAsync(traject.Id, werkgroep.Id, cancellationToken);
            var published = SummaryReview.Publish(traject.Id, werkgroep.Id, (previous?.Value.Version ?? 0) + 1, content, actor, moderators, reviewers, now)
                .Then(publish => publish.Aggregate.SetDeadline(actor, deadline ?? now + options.Value.DefaultReviewPeriod, now)
                    .Then(deadlineSet => DomainResult<Change<SummaryReview>>.Success(new(deadlineSet.Aggregate, [.. publish.Events, .. deadlineSet.Events]))));
            if (!published.IsSuccess)
            {
                return published.Error!;
            }

            // Two moderators publishing at once: the second insert finds the version taken and numbers again.
            // The publisher's language becomes the shared card's language for the whole review.
            var candidate = published.Value.Aggregate with { Locale = Languages.Locale(language) };
            var saved = await store.SaveAsync(candidate, null, published.Value.Events, cancellationToken);
            if (saved.IsSaved)
            {
                review = candidate;
            }
        }

        if (review is null)
        {
            return new DomainError(DomainErrorCodes.SummaryBusy, "Could not number the new version.");
        }

        var card = SummaryCard.Build(SummaryViews.Summary(review, viewerId: null), language);
        var posted = await messaging.PostThreadAsync(origin, channel.ServiceUrl, teamsChannelId, card, cancellationToken);
        var attached = await writer.UpdateAsync(review.TrajectId, review.Id, (r, _) => r.AttachCard(posted), cancellationToken);
        review = attached.IsSuccess ? attached.Value.Aggregate : review with { Card = posted };
        LogPublished(logger, review.Id, review.Reviewers.Count);

        if (previous is not null)
        {
            await SupersedeAsync(previous.Value, review.Version, SummaryThreadLinks.For(posted, origin.TenantId), actor, cancellationToken);
        }

        return review;
    }

    private async Task SupersedeAsync(SummaryReview previous, int newVersion, string? newVersionUrl, Actor actor, CancellationToken cancellationToken)
    {
        var superseded = await writer.UpdateAsync(previous.TrajectId, previous.Id, (r, now) => r.Supersede(newVersion, actor, now), cancellationToken);
        if (!superseded.IsSuccess)
        {
            return;
        }

        try
        {
            await messaging.UpdateSharedCardAsync(superseded.Value.Aggregate, newVersionUrl, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // The new version is out; an old card that still looks current is a nuisance, not a failure.
            LogCardUpdateFailed(logger, previous.Id, ex);
        }
    }

    // The traject's named reviewers plus everyone in the large group's channel, each with the
    // organisation they speak for (see ReviewerOrganisations).
    private async Task<IReadOnlyList<Reviewer>> ReviewersAsync(Traject traject, string serviceUrl, string teamsChannelId, CancellationToken cancellationToken)
    {
        var members = new List<TeamsChannelAccount>();
        string? continuation = null;
        try
        {
            do
            {
                var page = await connector.GetPagedMembersAsync(serviceUrl, teamsChannelId, MembersPageSize, continuation, cancellationToken);
                members.AddRange(page.Members);
                continuation = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(continuation));
        }
        catch (ConnectorException ex)
        {
            // Publishing still works; members who answer become reviewers on their first answer.
            LogMembersFailed(logger, ex);
        }

        var known = await OrganisationsSetInWerkgroepenAsync(traject.Id, cancellationToken);
        var fromRoster = ReviewerOrganisations.Reviewers(members, known);
        var reviewers = traject.Reviewers
            .Select(r => r.Organisation is null ? r with { Organisation = known.GetValueOrDefault(r.UserId) ?? fromRoster.FirstOrDefault(m => m.UserId == r.UserId)?.Organisation } : r)
            .ToList();
        reviewers.AddRange(fromRoster.Where(m => reviewers.All(r => r.UserId != m.UserId)));
        return reviewers;
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


    [LoggerMessage(Level = LogLevel.Information, Message = "Summary {ReviewId} published to {Reviewers} reviewers.")]
    private static partial void LogPublished(ILogger logger, string reviewId, int reviewers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark the card of {ReviewId} as superseded.")]
    private static partial void LogCardUpdateFailed(ILogger logger, string reviewId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the large group's members.")]
    private static partial void LogMembersFailed(ILogger logger, Exception exception);
}
