using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Summaries;

// The summary flow's way to Teams, bound by the host to the conversation a command came from (1:1 chats
// are started from it, the mentioned person is looked up in its roster). The host renders the cards; the
// use cases decide what goes where. Sends marked best effort log and swallow a failure: the change is
// saved, and a card that lags behind is a nuisance, not a failure.
public interface ISummaryOutbox
{
    // The members of the large group's channel; what was read so far when Teams cannot list them.
    Task<IReadOnlyList<RosterMember>> ChannelMembersAsync(ChannelRef channel, CancellationToken cancellationToken);

    // The mentioned person as the origin conversation's roster knows them; null when the lookup fails.
    Task<RosterMember?> FindMemberAsync(string memberId, CancellationToken cancellationToken);

    // Whether the person is on the roster of the conversation the command came from, as Teams answers
    // now: true or false, null when Teams cannot say (unreachable, throttled).
    Task<bool?> IsMemberAsync(string memberId, CancellationToken cancellationToken);

    // A new thread in the large group's channel with the shared card (in `language`) as first post.
    Task<PostedCard> PostSummaryAsync(ChannelRef channel, SummaryReview review, Language language, CancellationToken cancellationToken);

    // Best effort: the shared card in the thread shows the review as it is now; a superseded card links
    // to the newer version's thread.
    Task UpdateSharedCardAsync(SummaryReview review, string? supersededByUrl, CancellationToken cancellationToken);

    // Best effort: the reviewer's own view of the summary in a 1:1 chat.
    Task SendSummaryAsync(SummaryReview review, Reviewer reviewer, CancellationToken cancellationToken);

    // Best effort: each moderator hears of a question or objection in a 1:1 chat.
    Task NotifyModeratorsAsync(SummaryReview review, ReviewResponse response, Language language, CancellationToken cancellationToken);

    // A plain-text message in the review's thread.
    Task PostInThreadAsync(SummaryReview review, string text, CancellationToken cancellationToken);

    // The Teams link to the thread the card started.
    string? ThreadLink(PostedCard? card);
}
