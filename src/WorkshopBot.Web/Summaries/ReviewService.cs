using System.Text.Json.Nodes;
using WorkshopBot.Application.Localization;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

// Partners answer on the card (akkoord / vraag / bezwaar); the clicking user gets their own view back
// in their language, the shared card's tally is updated for everyone in the review's language, and a question or objection goes to the moderators.
public sealed partial class ReviewService(
    ISummaryReviewStore store,
    SummaryReviewWriter writer,
    SummaryMessaging messaging,
    ILogger<ReviewService> logger)
{
    // Returns the card for the user who clicked.
    public async Task<DomainResult<JsonObject>> RespondAsync(
        string? summaryId,
        Actor actor,
        Domain.Summaries.ReviewAnswer answer,
        string? comment,
        ConversationReference origin,
        Language language,
        CancellationToken cancellationToken)
    {
        if (!SummaryCardIds.TryParse(summaryId, out var trajectId, out var reviewId))
        {
            return new DomainError(DomainErrorCodes.InvalidSummary, "The card does not name a summary.");
        }

        var result = await writer.UpdateAsync(trajectId, reviewId, (review, now) => review.Respond(actor, answer, comment, now), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var updated = result.Value.Aggregate;
        if (result.Value.HasChanges)
        {
            await UpdateSharedCardAsync(updated, cancellationToken);
            if (answer != Domain.Summaries.ReviewAnswer.Akkoord && updated.ResponseOf(actor.UserId) is { } response)
            {
                await NotifyModeratorsAsync(updated, response, origin, language, cancellationToken);
            }
        }

        return SummaryCard.Build(SummaryViews.Summary(updated, actor.UserId), language);
    }

    // The moderator moves the deadline (Input.Date + Input.Time, Amsterdam time). Roles come from
    // the stored review. The reminder worker reads the deadline on every tick, so reminders and the
    // final tally follow the new deadline without further bookkeeping. Returns the moderator's view.
    public async Task<DomainResult<JsonObject>> ChangeDeadlineAsync(
        string? summaryId,
        Actor actor,
        string? date,
        string? time,
        Language language,
        CancellationToken cancellationToken)
    {
        if (!SummaryCardIds.TryParse(summaryId, out var trajectId, out var reviewId))
        {
            return new DomainError(DomainErrorCodes.InvalidSummary, "The card does not name a summary.");
        }

        if (SummaryDeadline.ParseLocal(date, time) is not { } deadline)
        {
            return new DomainError(DomainErrorCodes.InvalidDeadline, "The deadline needs a valid date and time.");
        }

        var result = await writer.UpdateAsync(trajectId, reviewId, (review, now) => review.SetDeadline(actor, deadline, now), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var updated = result.Value.Aggregate;
        if (result.Value.HasChanges)
        {
            LogDeadlineChanged(logger, updated.Id);
            await UpdateSharedCardAsync(updated, cancellationToken);
        }

        return SummaryCard.Build(SummaryViews.Summary(updated, actor.UserId), language);
    }

    // Refresh (automatic or the manual button): the viewer's own view.
    public async Task<DomainResult<JsonObject>> ViewAsync(string? summaryId, string viewerId, Language language, CancellationToken cancellationToken)
    {
        if (!SummaryCardIds.TryParse(summaryId, out var trajectId, out var reviewId))
        {
            return new DomainError(DomainErrorCodes.InvalidSummary, "The card does not name a summary.");
        }

        var review = await store.GetAsync(trajectId, reviewId, cancellationToken);
        return review is null
            ? new DomainError(DomainErrorCodes.SummaryNotFound, "The summary does not exist.")
            : SummaryCard.Build(SummaryViews.Summary(review.Value, viewerId), language);
    }

    // The moderator answers a question or objection from the 1:1 notification; the answer is posted
    // in the summary's thread so the whole large group reads it.
    public async Task<DomainResult<string>> ReplyAsync(
        string? summaryId,
        string? responseId,
        Actor actor,
        string? text,
        Language language,
        CancellationToken cancellationToken)
    {
        if (!SummaryCardIds.TryParse(summaryId, out var trajectId, out var reviewId))
        {
            return new DomainError(DomainErrorCodes.InvalidSummary, "The card does not name a summary.");
        }

        var stored = await store.GetAsync(trajectId, reviewId, cancellationToken);
        if (stored?.Value is not { } review)
        {
            return new DomainError(DomainErrorCodes.SummaryNotFound, "The summary does not exist.");
        }

        if (!review.IsModerator(actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator replies on behalf of the werkgroep.");
        }

        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return new DomainError(DomainErrorCodes.CommentRequired, "A reply needs text.");
        }

        if (trimmed.Length > SummaryReview.MaxCommentLength)
        {
            return new DomainError(DomainErrorCodes.TextTooLong, "Reply too long.") { Limit = SummaryReview.MaxCommentLength };
        }

        var response = responseId is null ? null : review.ResponseOf(responseId);
        var wording = MessageText.For(language);
        var about = response is null ? ""
            : MessageText.Fill(response.Answer == Domain.Summaries.ReviewAnswer.Bezwaar ? wording.ReplyAboutObjectionFormat : wording.ReplyAboutQuestionFormat, response.Name);
        var header = MessageText.Fill(wording.ReplyHeaderFormat, actor.DisplayName, about);

        // Plain text: the reply is user input and must not render as markdown (links, mentions).
        var message = Activity.CreateMessage($"{header}\n\n{trimmed}") with { TextFormat = "plain" };
        await messaging.PostInThreadAsync(review, message, cancellationToken);
        return wording.ReplyPosted;
    }

    private async Task UpdateSharedCardAsync(SummaryReview review, CancellationToken cancellationToken)
    {
        try
        {
            await messaging.UpdateSharedCardAsync(review, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // The answer is saved; the shared tally catches up with the next answer or refresh.
            LogSharedCardFailed(logger, review.Id, ex);
        }
    }

    private async Task NotifyModeratorsAsync(SummaryReview review, ReviewResponse response, ConversationReference origin, Language language, CancellationToken cancellationToken)
    {
        var card = ReviewNotificationCard.Build(SummaryViews.Notification(review, response, SummaryThreadLinks.For(review.Card, origin.TenantId)), language);
        foreach (var moderator in review.Moderators)
        {
            try
            {
                await messaging.SendPersonalAsync(origin, moderator.UserId, moderator.Name, card, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                LogNotifyFailed(logger, review.Id, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the shared card of {ReviewId}.")]
    private static partial void LogSharedCardFailed(ILogger logger, string reviewId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review {ReviewId}: the moderator changed the deadline.")]
    private static partial void LogDeadlineChanged(ILogger logger, string reviewId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not notify a moderator about {ReviewId}.")]
    private static partial void LogNotifyFailed(ILogger logger, string reviewId, Exception exception);
}
