using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Summaries;

// The partners' review of a published summary: answers (akkoord / vraag / bezwaar), the viewer's own
// view, the moderator's deadline and replies. Card data only locates the review; roles come from the
// stored review. Every answer goes to the caller as the review they may render for themselves.
public sealed class ReviewCommandHandler(ISummaryReviewStore store, SummaryReviewWriter writer)
{
    // The shared tally is updated for everyone, and a question or objection goes to the moderators.
    // Only the large group counts: see RefusalAsync.
    public async Task<AppResult<SummaryReview>> RespondAsync(RespondToSummary command, SummaryContext context, CancellationToken cancellationToken)
    {
        var found = await FindAsync(command.SummaryId, context, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (await RefusalAsync(found.Value, context, cancellationToken) is { } refused)
        {
            return refused;
        }

        var actor = ActorOf(context);
        var result = await UpdateAsync(command.SummaryId, context, (review, now) => review.Respond(actor, command.Answer, command.Comment, now), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        var updated = result.Value.Aggregate;
        if (result.Value.HasChanges)
        {
            await context.Outbox.UpdateSharedCardAsync(updated, null, cancellationToken);
            if (command.Answer != ReviewAnswer.Akkoord && updated.ResponseOf(actor.UserId) is { } response)
            {
                await context.Outbox.NotifyModeratorsAsync(updated, response, context.Language, cancellationToken);
            }
        }

        return updated;
    }

    // The reminder worker reads the deadline on every tick, so reminders and the final tally follow the
    // new deadline without further bookkeeping.
    public async Task<AppResult<SummaryReview>> ChangeDeadlineAsync(ChangeSummaryDeadline command, SummaryContext context, CancellationToken cancellationToken)
    {
        if (!SummaryCardIds.TryParse(command.SummaryId, out _, out _))
        {
            return SummaryErrors.InvalidSummary;
        }

        if (SummaryDeadline.ParseLocal(command.Date, command.Time) is not { } deadline)
        {
            return SummaryErrors.InvalidDeadline;
        }

        var actor = ActorOf(context);
        var result = await UpdateAsync(command.SummaryId, context, (review, now) => review.SetDeadline(actor, deadline, now), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        if (result.Value.HasChanges)
        {
            await context.Outbox.UpdateSharedCardAsync(result.Value.Aggregate, null, cancellationToken);
        }

        return result.Value.Aggregate;
    }

    // The viewer's own view shows the summary, the tally and their answer: only for those who may answer.
    public async Task<AppResult<SummaryReview>> RefreshAsync(RefreshSummary command, SummaryContext context, CancellationToken cancellationToken)
    {
        var found = await FindAsync(command.SummaryId, context, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        return await RefusalAsync(found.Value, context, cancellationToken) is { } refused ? refused : found.Value;
    }

    // The moderator's answer is posted in the summary's thread so the whole large group reads it.
    // Returns the confirmation for the moderator.
    public async Task<AppResult<string>> ReplyAsync(ReplyToReview command, SummaryContext context, CancellationToken cancellationToken)
    {
        var found = await FindAsync(command.SummaryId, context, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var review = found.Value;
        var actor = ActorOf(context);
        if (!review.IsModerator(actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotModerator, "Only a moderator replies on behalf of the werkgroep.");
        }

        var trimmed = command.Text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return new DomainError(DomainErrorCodes.CommentRequired, "A reply needs text.");
        }

        if (trimmed.Length > SummaryReview.MaxCommentLength)
        {
            return new DomainError(DomainErrorCodes.TextTooLong, "Reply too long.") { Limit = SummaryReview.MaxCommentLength };
        }

        var response = command.ResponseId is null ? null : review.ResponseOf(command.ResponseId);
        var wording = MessageText.For(context.Language);
        var about = response is null ? ""
            : MessageText.Fill(response.Answer == ReviewAnswer.Bezwaar ? wording.ReplyAboutObjectionFormat : wording.ReplyAboutQuestionFormat, response.Name);
        var header = MessageText.Fill(wording.ReplyHeaderFormat, actor.DisplayName, about);
        await context.Outbox.PostInThreadAsync(review, $"{header}\n\n{trimmed}", cancellationToken);
        return wording.ReplyPosted;
    }

    // A click in a shared conversation must come from the review's own thread ("{channel};messageid=…"):
    // the same summary id in another channel or chat (a stale or forwarded card) reads and changes
    // nothing. 1:1 chats with the bot hold the cards it sent there (reminders, notifications, the card
    // of an added reviewer).
    public static bool IsForeign(SummaryReview review, SummaryContext context) =>
        !context.PersonalChat && review.Card is { } card
        && card.ConversationId != context.ConversationId
        && !card.ConversationId.StartsWith(context.ConversationId + ";", StringComparison.Ordinal);

    // Who may see and answer a review: its moderators and its listed reviewers (the large group's roster
    // when it was published, plus reviewers a moderator added), wherever the card reached them. Anyone
    // else only in the review's own thread (IsForeign is checked before), once Teams confirms they are on
    // that conversation's roster now: someone who joined the large group after publishing is counted;
    // a summary id carried into a 1:1 chat or another conversation reads and changes nothing. When Teams
    // cannot say, nothing is counted and the person is asked to try again.
    private static async Task<DomainError?> RefusalAsync(SummaryReview review, SummaryContext context, CancellationToken cancellationToken)
    {
        var userId = context.Caller.UserId;
        if (review.IsModerator(userId) || review.Reviewers.Any(r => r.UserId == userId))
        {
            return null;
        }

        if (context.PersonalChat || review.Card is null)
        {
            return SummaryErrors.NotReviewer;
        }

        return await context.Outbox.IsMemberAsync(context.Caller.TeamsId ?? userId, cancellationToken) switch
        {
            true => null,
            false => SummaryErrors.NotReviewer,
            null => SummaryErrors.RosterUnavailable,
        };
    }

    private static Actor ActorOf(SummaryContext context) => WerkgroepCommandHandler.ActorFor(null, context.Caller);

    private async Task<AppResult<SummaryReview>> FindAsync(string? summaryId, SummaryContext context, CancellationToken cancellationToken)
    {
        if (!SummaryCardIds.TryParse(summaryId, out var trajectId, out var reviewId))
        {
            return SummaryErrors.InvalidSummary;
        }

        var stored = await store.GetAsync(trajectId, reviewId, cancellationToken);
        if (stored is null)
        {
            return SummaryErrors.NotFound;
        }

        return IsForeign(stored.Value, context) ? SummaryErrors.ForeignCard : stored.Value;
    }

    private async Task<AppResult<Change<SummaryReview>>> UpdateAsync(
        string? summaryId,
        SummaryContext context,
        Func<SummaryReview, DateTimeOffset, DomainResult<Change<SummaryReview>>> apply,
        CancellationToken cancellationToken)
    {
        if (!SummaryCardIds.TryParse(summaryId, out var trajectId, out var reviewId))
        {
            return SummaryErrors.InvalidSummary;
        }

        var result = await writer.UpdateAsync(
            trajectId,
            reviewId,
            (review, now) => IsForeign(review, context) ? SummaryErrors.ForeignCard : apply(review, now),
            cancellationToken);
        return result.IsSuccess ? result.Value : result.Error!;
    }
}
