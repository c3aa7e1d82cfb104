using System.Text.Json.Nodes;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Localization;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Web.Conversation;
using WorkshopBot.Web.Summaries;

namespace WorkshopBot.Web.Bot;

// Summaries for the large group: publishing a version, the partners' answers, the moderator's replies,
// the deadline and extra reviewers. Roles are checked by SummaryPublisher/ReviewService against the
// stored traject, werkgroep and review.
public sealed partial class WorkshopActivityHandler
{
    private async Task<VerbOutcome> PublishSummaryAsync(CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), null, cancellationToken);
        if (!found.IsSuccess)
        {
            return Failure(found.Error, language);
        }

        var actor = Application.Werkgroepen.WerkgroepCommandHandler.ActorFor(found.Value, CallerOf(turnContext));
        var deadline = SummaryDeadline.Parse(data.String(CardInputs.Deadline));
        var published = await summaryPublisher.PublishAsync(found.Value.Id, actor, turnContext.Reference, deadline, language, cancellationToken);
        if (!published.IsSuccess)
        {
            LogRefused(logger, CardVerbs.PublishSummary, published.Error!.Code);
            return Failure(published.Error, language);
        }

        var review = published.Value;
        var message = MessageText.Fill(Text(turnContext).SummaryPublishedFormat, review.Version, SummaryDeadline.Format(review.Deadline, language));
        return new(Notice(NoticeSeverity.Info, message, language));
    }

    private async Task<VerbOutcome> ReviewVerbAsync(string verb, CardData data, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var caller = CallerOf(turnContext);
        var actor = new Actor(caller.UserId, caller.Name);
        var summaryId = data.String(CardDataKeys.SummaryId);
        if (verb == CardVerbs.ReplyToReview)
        {
            var replied = await reviews.ReplyAsync(summaryId, data.String(CardDataKeys.ResponseId), actor, data.String(CardInputs.ReplyText), language, cancellationToken);
            return replied.IsSuccess ? new(Notice(NoticeSeverity.Info, replied.Value, language)) : Failure(replied.Error!, language);
        }

        DomainResult<JsonObject> result;
        if (verb == CardVerbs.RespondToSummary)
        {
            if (!CardValues.TryParseReviewAnswer(data.String(CardInputs.ReviewAnswer), out var answer))
            {
                return Failure(new DomainError(DomainErrorCodes.InvalidValue, "No review answer chosen."), language) with
                {
                    Card = ErrorCard.Build(Text(turnContext).ChooseReviewAnswer, language),
                };
            }

            result = await reviews.RespondAsync(summaryId, actor, answer, data.String(CardInputs.ReviewComment), turnContext.Reference, language, cancellationToken);
        }
        else if (verb == CardVerbs.ChangeSummaryDeadline)
        {
            result = await reviews.ChangeDeadlineAsync(summaryId, actor, data.String(CardInputs.DeadlineDate), data.String(CardInputs.DeadlineTime), language, cancellationToken);
        }
        else
        {
            result = await reviews.ViewAsync(summaryId, actor.UserId, language, cancellationToken);
        }

        if (!result.IsSuccess)
        {
            LogRefused(logger, verb, result.Error!.Code);
            return Failure(result.Error, language);
        }

        return new(result.Value);
    }

    // "beoordelaar @naam (organisatie)": the moderator adds someone outside the large group as a
    // reviewer. The role is checked by SummaryPublisher against the stored traject and werkgroep.
    private async Task<JsonObject> AddReviewerFromTextAsync(TurnContext turnContext, string argument, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var text = Text(turnContext);
        if (ReviewerCommand.Parse(turnContext.Activity, argument) is not { } command)
        {
            return Notice(NoticeSeverity.Info, text.ReviewerNeedsMention, language);
        }

        var caller = CallerOf(turnContext);
        var added = await summaryPublisher.AddReviewerAsync(
            ConversationId(turnContext), turnContext.Activity.ChannelData?.Team?.Id, new Actor(caller.UserId, caller.Name), command.Person, command.Organisation, turnContext.Reference, cancellationToken);
        if (!added.IsSuccess)
        {
            LogRefused(logger, "addReviewer", added.Error!.Code);
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
}
