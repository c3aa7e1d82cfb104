using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Hosting;

// What an activity must carry before the pipeline runs it (PROTOCOL.md §1): everything BotAdapter and
// handlers rely on without checking again. Null means usable; otherwise the reason, which
// POST /api/messages answers as a 400 body. Teams never sends a null inside a list, so one there is a
// malformed request too, not something every handler should step around.
public static class ActivityValidation
{
    public static string? ProblemOf(Activity? activity) => activity switch
    {
        null => "body is not an activity",
        { Type: var type } when string.IsNullOrWhiteSpace(type) => "activity has no type",
        { Conversation: null } => "activity has no conversation",
        { Conversation.Id: var conversationId } when string.IsNullOrWhiteSpace(conversationId) => "activity has no conversation.id",
        { From: null } => "activity has no from",
        { From.Id: var fromId } when string.IsNullOrWhiteSpace(fromId) => "activity has no from.id",
        _ when !IsHttpUrl(activity.ServiceUrl) => "activity has no absolute http(s) serviceUrl",
        _ when HasNull(activity.Entities) || HasNull(activity.Attachments) || HasNull(activity.MembersAdded)
            || HasNull(activity.MembersRemoved) || HasNull(activity.ReactionsAdded) || HasNull(activity.ReactionsRemoved)
            => "a list in the activity holds null",
        _ => null,
    };

    // Teams is the only channel this bot serves; the endorsement check of the token allows every
    // channel the signing key is endorsed for, so the channel is checked here as well.
    public static string? ChannelProblemOf(Activity activity, string? requiredChannelId) =>
        string.IsNullOrEmpty(requiredChannelId) || string.Equals(activity.ChannelId, requiredChannelId, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"activity is not from channel {requiredChannelId}";

    // A single-tenant bot serves its own organisation only: Teams names the conversation's tenant in
    // channelData.tenant.id (conversation.tenantId as fallback).
    public static string? TenantProblemOf(Activity activity, IEnumerable<string> allowedTenantIds)
    {
        var allowed = allowedTenantIds.Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
        return allowed.Length == 0 || allowed.Any(t => string.Equals(t.Trim(), activity.TenantId, StringComparison.OrdinalIgnoreCase))
            ? null
            : "activity is from a tenant this bot does not serve";
    }

    private static bool HasNull<T>(IReadOnlyList<T?>? items)
        where T : class => items is not null && items.Contains(null);

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
