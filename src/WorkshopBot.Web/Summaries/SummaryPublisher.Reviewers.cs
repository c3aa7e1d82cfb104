using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Summaries;

public sealed partial class SummaryPublisher
{
    // The moderator adds a reviewer from outside the large group ("beoordelaar @naam (organisatie)"):
    // named on the traject for later summaries, added to the open summaries of this werkgroep (or,
    // typed in the large group's channel, of all werkgroepen), and sent the card in a 1:1 chat
    // because they cannot see the large group's thread. Roles come from the stored traject and
    // werkgroep, never from the message.
    public async Task<DomainResult<ReviewerAdded>> AddReviewerAsync(
        string conversationId,
        string? teamId,
        Actor actor,
        ChannelAccount person,
        string? organisation,
        ConversationReference origin,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(person.Id) && string.IsNullOrEmpty(person.AadObjectId))
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "The mention names nobody.");
        }

        var werkgroep = await workshops.FindWerkgroepByConversationAsync(conversationId, cancellationToken);
        var traject = werkgroep is not null
            ? await workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken)
            : await workshops.FindTrajectByConversationAsync(conversationId, cancellationToken)
                ?? (string.IsNullOrEmpty(teamId) ? null : await workshops.FindTrajectByConversationAsync(teamId, cancellationToken));
        if (traject is null)
        {
            return new DomainError(DomainErrorCodes.NoWerkgroep, "No werkgroep or traject here.");
        }

        var isTrajectModerator = traject.IsModerator(actor.UserId);
        if (!isTrajectModerator && werkgroep?.IsModerator(actor.UserId) != true)
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator adds reviewers.");
        }

        var reviewer = await ReviewerOfAsync(traject, person, organisation, origin, cancellationToken);
        if (isTrajectModerator)
        {
            var named = await workshops.UpdateTrajectAsync(traject.Id, (t, now) => t.AddReviewer(actor, reviewer, now), cancellationToken);
            if (!named.IsSuccess)
            {
                return named.Error!;
            }
        }

        IReadOnlyList<Werkgroep> werkgroepen = werkgroep is null ? await workshops.ListWerkgroepenAsync(traject.Id, cancellationToken) : [werkgroep];
        var open = 0;
        foreach (var scope in werkgroepen)
        {
            var latest = await store.GetLatestAsync(traject.Id, scope.Id, cancellationToken);
            if (latest?.Value is not { State: ReviewState.Open } review)
            {
                continue;
            }

            var added = await writer.UpdateAsync(review.TrajectId, review.Id, (r, now) => r.AddReviewers(actor, [reviewer], now), cancellationToken);
            if (!added.IsSuccess)
            {
                // E.g. a werkgroep moderator of another werkgroep: that review is not theirs to change.
                LogAddRefused(logger, review.Id, added.Error!.Code);
                continue;
            }

            open++;
            if (added.Value.HasChanges)
            {
                await ShareAddedReviewerAsync(added.Value.Aggregate, reviewer, origin, cancellationToken);
            }
        }

        return new ReviewerAdded(reviewer, open);
    }

    private async Task ShareAddedReviewerAsync(SummaryReview review, Reviewer reviewer, ConversationReference origin, CancellationToken cancellationToken)
    {
        var language = SummaryMessaging.SharedLanguage(review);
        try
        {
            await messaging.UpdateSharedCardAsync(review, cancellationToken);
            await messaging.SendPersonalAsync(origin, reviewer.UserId, reviewer.Name, SummaryCard.Build(SummaryViews.Summary(review, reviewer.UserId), language), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // The reviewer is recorded; the reminder worker reaches them later or reports them unreachable.
            LogAddedCardFailed(logger, review.Id, ex);
        }
    }

    // The mention gives the Teams "29:" id; the member lookup gives the Entra object id the bot knows
    // users by (their answers arrive with it) and the mail domain for the organisation.
    private async Task<Reviewer> ReviewerOfAsync(Traject traject, ChannelAccount person, string? organisation, ConversationReference origin, CancellationToken cancellationToken)
    {
        TeamsChannelAccount member = new() { Id = person.Id, AadObjectId = person.AadObjectId, Name = person.Name };
        if (!string.IsNullOrEmpty(person.Id) && origin.Conversation?.Id is { Length: > 0 } conversationId)
        {
            try
            {
                var found = await connector.GetMemberAsync(origin.ServiceUrl, ChannelThreadId.Channel(conversationId), person.Id, cancellationToken);
                member = found with { AadObjectId = found.AadObjectId ?? person.AadObjectId, Name = found.Name ?? person.Name };
            }
            catch (ConnectorException ex)
            {
                LogMemberLookupFailed(logger, ex);
            }
        }

        var known = await OrganisationsSetInWerkgroepenAsync(traject.Id, cancellationToken);
        var derived = ReviewerOrganisations.Reviewers([member], known).Single();
        return organisation is null ? derived : derived with { Organisation = organisation };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Adding a reviewer to {ReviewId} refused: {Code}.")]
    private static partial void LogAddRefused(ILogger logger, string reviewId, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not show {ReviewId} to its new reviewer.")]
    private static partial void LogAddedCardFailed(ILogger logger, string reviewId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up the mentioned member.")]
    private static partial void LogMemberLookupFailed(ILogger logger, Exception exception);
}
