using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Tests.Summaries;

// ISummaryOutbox that records what the use cases sent; each posted summary gets its own thread.
internal sealed class RecordingOutbox : ISummaryOutbox
{
    private readonly Lock gate = new();
    private int threads;

    public List<RosterMember> Members { get; } = [];

    public List<SummaryReview> Posted { get; } = [];

    public List<SummaryReview> SharedUpdates { get; } = [];

    public List<(SummaryReview Review, Reviewer Reviewer)> Sent { get; } = [];

    public List<ReviewResponse> Notified { get; } = [];

    public List<string> ThreadPosts { get; } = [];

    public Task<IReadOnlyList<RosterMember>> ChannelMembersAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RosterMember>>([.. Members]);

    public Task<RosterMember?> FindMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(Members.FirstOrDefault(m => m.Id == memberId));

    // Null: Teams cannot say (RosterUnavailable set).
    public Task<bool?> IsMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            MembershipChecks.Add(memberId);
        }

        return Task.FromResult<bool?>(RosterUnavailable ? null : Members.Any(m => m.Id == memberId || m.AadObjectId == memberId));
    }

    public List<string> MembershipChecks { get; } = [];

    public bool RosterUnavailable { get; set; }

    public Task<PostedCard> PostSummaryAsync(ChannelRef channel, SummaryReview review, Language language, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Posted.Add(review);
            return Task.FromResult(new PostedCard($"{channel.ConversationId};messageid={++threads}", $"activity-{threads}", channel.ServiceUrl));
        }
    }

    public Task UpdateSharedCardAsync(SummaryReview review, string? supersededByUrl, CancellationToken cancellationToken) =>
        Record(SharedUpdates, review);

    public Task SendSummaryAsync(SummaryReview review, Reviewer reviewer, CancellationToken cancellationToken) =>
        Record(Sent, (review, reviewer));

    public Task NotifyModeratorsAsync(SummaryReview review, ReviewResponse response, Language language, CancellationToken cancellationToken) =>
        Record(Notified, response);

    public Task PostInThreadAsync(SummaryReview review, string text, CancellationToken cancellationToken) =>
        Record(ThreadPosts, text);

    public string? ThreadLink(PostedCard? card) => card is null ? null : $"https://teams.example.test/{card.ConversationId}";

    private Task Record<T>(List<T> list, T item)
    {
        lock (gate)
        {
            list.Add(item);
        }

        return Task.CompletedTask;
    }
}
