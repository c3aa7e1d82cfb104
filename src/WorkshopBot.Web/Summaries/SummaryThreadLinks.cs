using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

// Teams deep link to the thread a summary card started in the large group's channel: the channel
// id and the thread's root message id ("{channel};messageid={root}"), as Teams' "Copy link" gives.
public static class SummaryThreadLinks
{
    private const string MessageIdMarker = ";messageid=";

    public static string? For(PostedCard? card, string? tenantId)
    {
        if (card is null || string.IsNullOrEmpty(card.ConversationId))
        {
            return null;
        }

        var marker = card.ConversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        var channelId = marker < 0 ? card.ConversationId : card.ConversationId[..marker];
        var rootId = marker < 0 ? card.ActivityId : card.ConversationId[(marker + MessageIdMarker.Length)..];
        if (string.IsNullOrEmpty(rootId))
        {
            return null;
        }

        var root = Uri.EscapeDataString(rootId);
        var query = string.IsNullOrEmpty(tenantId) ? $"parentMessageId={root}" : $"tenantId={Uri.EscapeDataString(tenantId)}&parentMessageId={root}";
        return $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channelId)}/{root}?{query}";
    }
}
