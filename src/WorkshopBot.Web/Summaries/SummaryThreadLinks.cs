using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

// Teams deep link to the thread a summary card started in the large group's channel: the channel
// id and the thread's root message id ("{channel};messageid={root}"), as Teams' "Copy link" gives.
public static class SummaryThreadLinks
{
    public static string? For(PostedCard? card, string? tenantId)
    {
        if (card is null || string.IsNullOrEmpty(card.ConversationId))
        {
            return null;
        }

        var channelId = ChannelThreadId.Channel(card.ConversationId);
        var rootId = ChannelThreadId.RootMessage(card.ConversationId) ?? card.ActivityId;
        if (string.IsNullOrEmpty(rootId))
        {
            return null;
        }

        var root = Uri.EscapeDataString(rootId);
        var query = string.IsNullOrEmpty(tenantId) ? $"parentMessageId={root}" : $"tenantId={Uri.EscapeDataString(tenantId)}&parentMessageId={root}";
        return $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channelId)}/{root}?{query}";
    }
}
