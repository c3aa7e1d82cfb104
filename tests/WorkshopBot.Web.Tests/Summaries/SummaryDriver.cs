using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Web.Summaries;

namespace WorkshopBot.Web.Tests.Summaries;

// The summary handlers as the bot adapter drives them: a command from a conversation (the origin's),
// the outbox bound to that origin, and the answer rendered as the clicking user's card.
internal sealed class SummaryDriver(SummaryPublishHandler publisher, ReviewCommandHandler reviews, SummaryMessaging messaging)
{
    public async Task<DomainResult<SummaryReview>> PublishAsync(string conversationId, Actor actor, ConversationReference origin, DateTimeOffset? deadline, Language language, CancellationToken cancellationToken) =>
        Unwrap(await publisher.PublishAsync(new PublishSummary(deadline), Context(actor, origin, language, conversationId), cancellationToken));

    public async Task<DomainResult<ReviewerAdded>> AddReviewerAsync(string conversationId, Actor actor, ChannelAccount person, string? organisation, ConversationReference origin, CancellationToken cancellationToken) =>
        Unwrap(await publisher.AddReviewerAsync(new AddReviewer(new RosterMember(person.Id, person.AadObjectId, person.Name), organisation), Context(actor, origin, Language.Dutch, conversationId), cancellationToken));

    public async Task<DomainResult<JsonObject>> RespondAsync(string? summaryId, Actor actor, ReviewAnswer answer, string? comment, ConversationReference origin, Language language, CancellationToken cancellationToken) =>
        Render(await reviews.RespondAsync(new RespondToSummary(summaryId, answer, comment), Context(actor, origin, language), cancellationToken), actor, language);

    public async Task<DomainResult<JsonObject>> ChangeDeadlineAsync(string? summaryId, Actor actor, string? date, string? time, ConversationReference origin, Language language, CancellationToken cancellationToken) =>
        Render(await reviews.ChangeDeadlineAsync(new ChangeSummaryDeadline(summaryId, date, time), Context(actor, origin, language), cancellationToken), actor, language);

    public async Task<DomainResult<string>> ReplyAsync(string? summaryId, string? responseId, Actor actor, string? text, ConversationReference origin, Language language, CancellationToken cancellationToken) =>
        Unwrap(await reviews.ReplyAsync(new ReplyToReview(summaryId, responseId, text), Context(actor, origin, language), cancellationToken));

    private SummaryContext Context(Actor actor, ConversationReference origin, Language language, string? conversationId = null) =>
        new(new Caller(actor.UserId, actor.DisplayName, origin.TenantId), conversationId ?? ChannelThreadId.Channel(origin.Conversation?.Id ?? ""), language, messaging.For(origin))
        {
            PersonalChat = origin.Conversation?.ConversationType == ConversationTypes.Personal,
        };

    private static DomainResult<JsonObject> Render(AppResult<SummaryReview> result, Actor actor, Language language) =>
        result.IsSuccess ? SummaryCard.Build(SummaryViews.Summary(result.Value, actor.UserId), language) : result.Error;

    private static DomainResult<T> Unwrap<T>(AppResult<T> result) =>
        result.IsSuccess ? DomainResult<T>.Success(result.Value) : result.Error;
}
