using WorkshopBot.Application.Localization;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Bot;

// What the application needs to know about an activity: who, where, which delivery, which language.
public sealed partial class WorkshopActivityHandler
{
    private static CommandContext Context(TurnContext turnContext) =>
        new(CallerOf(turnContext), Target(turnContext), OperationKey(turnContext), LanguageOf(turnContext))
        {
            AnnounceIn = turnContext.Activity.Conversation?.Id,
        };

    // The Entra object id is the same in every conversation and in the board tab's SSO token;
    // the Teams "29:" id is the fallback for clients that send no aadObjectId. The Teams id is kept
    // too: it is the id Teams matches against refresh.userIds.
    private static Caller CallerOf(TurnContext turnContext)
    {
        var from = turnContext.Activity.From;
        var teamsId = from?.Id is { Length: > 0 } id ? id : null;
        var userId = from?.AadObjectId is { Length: > 0 } aad ? aad : teamsId ?? "anonymous";
        return new Caller(userId, from?.Name ?? "", turnContext.Activity.TenantId, teamsId);
    }

    // A channel werkgroep belongs to the channel, not to one thread: each channel post is its own
    // conversation "{channel};messageid=…".
    private static WerkgroepTarget Target(TurnContext turnContext) => WerkgroepTarget.Conversation(ConversationId(turnContext));

    private static string ConversationId(TurnContext turnContext) => ChannelThreadId.Channel(turnContext.Activity.Conversation?.Id ?? "");

    // The team of a channel conversation: its General channel's conversation id is the team id.
    private static string? TeamIdOf(TurnContext turnContext) =>
        turnContext.Activity.IsConversationType(ConversationTypes.Channel) ? turnContext.Activity.ChannelData?.Team?.Id : null;

    // Deterministic per delivered activity, so a redelivery produces the same ids and is a no-op.
    private static string OperationKey(TurnContext turnContext) =>
        ItemIds.OperationKey(turnContext.Activity.Conversation?.Id ?? "", turnContext.Activity.Id ?? Guid.NewGuid().ToString());

    private static ConversationKind KindOf(TurnContext turnContext) =>
        turnContext.Activity.MeetingId is not null ? ConversationKind.Meeting
        : turnContext.Activity.IsConversationType(ConversationTypes.Channel) ? ConversationKind.Channel
        : ConversationKind.GroupChat;

    private static Language LanguageOf(TurnContext turnContext) => Languages.FromLocale(turnContext.Activity.Locale);

    private static MessageText Text(TurnContext turnContext) => MessageText.For(LanguageOf(turnContext));
}
