using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Application.Summaries;

// Everything a summary command needs besides its own data: who, from which conversation (the channel,
// without a thread's ";messageid=" part), in which language, and the way back to Teams from there.
// PersonalChat: the command came from a 1:1 chat with the bot, where reminders, notifications and the
// cards of added reviewers live. TeamId: the team of a channel conversation.
public sealed record SummaryContext(Caller Caller, string ConversationId, Language Language, ISummaryOutbox Outbox)
{
    public bool PersonalChat { get; init; }

    public string? TeamId { get; init; }
}
