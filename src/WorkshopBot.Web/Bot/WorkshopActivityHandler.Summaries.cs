using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Web.Conversation;
using WorkshopBot.Web.Summaries;

namespace WorkshopBot.Web.Bot;

// Summaries for the large group: publishing a version, the partners' answers, the moderator's replies,
// the deadline and extra reviewers. Parse → command → SummaryPublishHandler/ReviewCommandHandler
// (which check roles against the stored traject, werkgroep and review) → render.
public sealed partial class WorkshopActivityHandler
{
    // "samenvatting": the latest version with its tally, or that there is none yet. Never publishes;
    // a moderator gets the button that starts publishing (preview, then confirm).
    private async Task<JsonObject> ShowSummaryAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var context = SummaryContextOf(turnContext);
        var shown = await summaries.ShowAsync(context, cancellationToken);
        if (!shown.IsSuccess)
        {
            LogRefused(logger, "showSummary", shown.Error.Code);
            return Failure(shown.Error, context.Language).Card;
        }

        if (shown.Value.Latest is { } latest)
        {
            var view = SummaryViews.Summary(latest, context.Caller.UserId) with { CanPublish = shown.Value.CanPublish };
            return SummaryCard.Build(view, context.Language);
        }

        var text = Text(turnContext);
        var message = shown.Value.CanPublish switch
        {
            true => text.NoSummaryYetModerator,
            false => text.NoSummaryYet,
        };
        return NoSummaryCard.Build(new NoSummaryView(message, shown.Value.CanPublish), context.Language);
    }

    // publishSummary: the first click shows what changed (SummaryPreviewCard); "Bevestigen" publishes,
    // "Annuleren" keeps everything. The roles are checked again on every step.
    private async Task<VerbOutcome> PublishSummaryAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var context = SummaryContextOf(turnContext);
        return data.String(CardDataKeys.PublishStep) switch
        {
            CardValues.Confirm => await ConfirmPublishAsync(data, context, turnContext, cancellationToken),
            CardValues.Cancel => new(Notice(NoticeSeverity.Info, Text(turnContext).SummaryPublishCancelled, context.Language)),
            _ => await PreviewPublishAsync(context, cancellationToken),
        };
    }

    private async Task<VerbOutcome> PreviewPublishAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        var preview = await summaries.PreviewAsync(context, cancellationToken);
        if (!preview.IsSuccess)
        {
            return PublishRefused(preview.Error, context.Language);
        }

        var p = preview.Value;
        return new(SummaryPreviewCard.Build(new SummaryPreviewView(p.WerkgroepName, p.PreviousVersion, p.NextVersion, p.Changes), context.Language));
    }

    private async Task<VerbOutcome> ConfirmPublishAsync(CardData data, SummaryContext context, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var published = await summaries.PublishAsync(new PublishSummary(SummaryDeadline.Parse(data.String(CardInputs.Deadline))), context, cancellationToken);
        if (!published.IsSuccess)
        {
            return PublishRefused(published.Error, context.Language);
        }

        var review = published.Value;
        var message = MessageText.Fill(Text(turnContext).SummaryPublishedFormat, review.Version, SummaryDeadline.Format(review.Deadline, context.Language));
        return new(Notice(NoticeSeverity.Info, message, context.Language));
    }

    // "Nothing changed since version N" is news, not a failure: the answers stay and nothing is wrong.
    private VerbOutcome PublishRefused(DomainError error, Language language)
    {
        LogRefused(logger, CardVerbs.PublishSummary, error.Code);
        if (error.Code == DomainErrorCodes.SummaryUnchanged)
        {
            return new(Notice(NoticeSeverity.Info, ErrorCatalog.MessageFor(error, language), language));
        }

        return Failure(error, language);
    }

    private async Task<VerbOutcome> ReviewVerbAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var context = SummaryContextOf(turnContext);
        var language = context.Language;
        var summaryId = data.String(CardDataKeys.SummaryId);
        if (verb == CardVerbs.ReplyToReview)
        {
            var replied = await reviews.ReplyAsync(new ReplyToReview(summaryId, data.String(CardDataKeys.ResponseId), data.String(CardInputs.ReplyText)), context, cancellationToken);
            return replied.IsSuccess ? new(Notice(NoticeSeverity.Info, replied.Value, language)) : Failure(replied.Error, language);
        }

        AppResult<Domain.Summaries.SummaryReview> result;
        if (verb == CardVerbs.RespondToSummary)
        {
            if (!CardValues.TryParseReviewAnswer(data.String(CardInputs.ReviewAnswer), out var answer))
            {
                return Failure(SummaryErrors.NoReviewAnswer, language) with { Card = ErrorCard.Build(Text(turnContext).ChooseReviewAnswer, language) };
            }

            result = await reviews.RespondAsync(new RespondToSummary(summaryId, answer, data.String(CardInputs.ReviewComment)), context, cancellationToken);
        }
        else if (verb == CardVerbs.ChangeSummaryDeadline)
        {
            result = await reviews.ChangeDeadlineAsync(new ChangeSummaryDeadline(summaryId, data.String(CardInputs.DeadlineDate), data.String(CardInputs.DeadlineTime)), context, cancellationToken);
        }
        else
        {
            result = await reviews.RefreshAsync(new RefreshSummary(summaryId), context, cancellationToken);
        }

        if (!result.IsSuccess)
        {
            LogRefused(logger, verb, result.Error.Code);
            return Failure(result.Error, language);
        }

        return new(SummaryCard.Build(SummaryViews.Summary(result.Value, context.Caller.UserId), language));
    }

    // "beoordelaar @naam (organisatie)": the moderator adds someone outside the large group as a reviewer.
    private async Task<JsonObject> AddReviewerFromTextAsync(TurnContext turnContext, string argument, CancellationToken cancellationToken)
    {
        var context = SummaryContextOf(turnContext);
        var language = context.Language;
        var text = Text(turnContext);
        if (ReviewerCommand.Parse(turnContext.Activity, argument) is not { } parsed)
        {
            return Notice(NoticeSeverity.Info, text.ReviewerNeedsMention, language);
        }

        var person = new RosterMember(parsed.Person.Id, parsed.Person.AadObjectId, parsed.Person.Name);
        var added = await summaries.AddReviewerAsync(new AddReviewer(person, parsed.Organisation), context, cancellationToken);
        if (!added.IsSuccess)
        {
            LogRefused(logger, "addReviewer", added.Error.Code);
            return ErrorCard.Build(ErrorCatalog.MessageFor(added.Error, language), language);
        }

        var who = added.Value.Reviewer.NameWithOrganisation();
        var message = added.Value.OpenReviews switch
        {
            0 => MessageText.Fill(text.ReviewerForNextFormat, who),
            1 => MessageText.Fill(text.ReviewerForOneOpenFormat, who),
            var n => MessageText.Fill(text.ReviewerForManyOpenFormat, who, n),
        };
        return Notice(NoticeSeverity.Info, message, language);
    }

    private SummaryContext SummaryContextOf(TurnContext turnContext) =>
        new(CallerOf(turnContext), ConversationId(turnContext), LanguageOf(turnContext), summaryMessaging.For(turnContext.Reference))
        {
            PersonalChat = turnContext.Activity.IsConversationType(ConversationTypes.Personal),
            TeamId = turnContext.Activity.ChannelData?.Team?.Id,
        };
}
