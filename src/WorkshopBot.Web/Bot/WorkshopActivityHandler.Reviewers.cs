using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Web.Conversation;
using WorkshopBot.Web.Summaries;

namespace WorkshopBot.Web.Bot;

public sealed partial class WorkshopActivityHandler
{
    // "beoordelaar @naam (organisatie)": the moderator adds someone outside the large group as a
    // reviewer. The role is checked by SummaryPublisher against the stored traject and werkgroep.
    private async Task<JsonObject> AddReviewerFromTextAsync(TurnContext turnContext, string argument, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        if (ReviewerCommand.Parse(turnContext.Activity, argument) is not { } command)
        {
            return Notice(NoticeSeverity.Info, SummaryMessages.ReviewerNeedsMention(language), language);
        }

        var actor = new Actor(UserId(turnContext), turnContext.Activity.From?.Name ?? "");
        var added = await summaryPublisher.AddReviewerAsync(
            WerkgroepConversationId(turnContext), turnContext.Activity.ChannelData?.Team?.Id, actor, command.Person, command.Organisation, turnContext.Reference, cancellationToken);
        if (!added.IsSuccess)
        {
            LogRefused(logger, "addReviewer", added.Error!.Code);
            return ErrorCard.Build(SummaryMessages.For(added.Error, language), language);
        }

        return Notice(NoticeSeverity.Info, SummaryMessages.ReviewerAdded(added.Value, language), language);
    }
}
