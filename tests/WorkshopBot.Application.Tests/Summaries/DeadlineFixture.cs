using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Summaries;
using Xunit;

namespace WorkshopBot.Application.Tests.Summaries;

// Open reviews in one in-memory store shared by every handler made here (one per app instance), a fake
// clock and a recording outbox. Reminders follow the default policy: weekdays 09:00–17:30 Europe/Amsterdam.
internal sealed class DeadlineFixture
{
    // Monday 23 November 2026, 10:00 in Amsterdam (UTC+1).
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static readonly Person SecondModerator = new("29:moderator-2", "Ravi Moderator");

    private readonly OptimisticConcurrency concurrency;

    public DeadlineFixture(Func<ISummaryReviewStore, ISummaryReviewStore>? wrap = null, DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? MondayMorning);
        Store = wrap is null ? Memory : wrap(Memory);
        concurrency = new OptimisticConcurrency(WorkshopWriteOptions.GroupCommit, new InstantTimers(Clock));
    }

    public FakeTimeProvider Clock { get; }

    public InMemorySummaryReviewStore Memory { get; } = new();

    public ISummaryReviewStore Store { get; }

    public RecordingReminderOutbox Outbox { get; } = new();

    public ReviewDeadlineHandler NewHandler() =>
        new(Store, new SummaryReviewWriter(Store, concurrency), Outbox, ReminderPolicy.Default, Clock);

    public static Reviewer Reviewer(int number)
    {
        var partner = TestWorkshop.Participant(number);
        return new Reviewer(partner.UserId, partner.DisplayName, partner.Organisation);
    }

    // Published now for werkgroep `scopeId` with reviewers 1..n, its card posted in a thread.
    public async Task<SummaryReview> PublishAsync(int reviewers, string scopeId = "w-1", TimeSpan? deadlineIn = null)
    {
        var now = Clock.GetUtcNow();
        var moderator = TestWorkshop.Moderator;
        var content = SummarySnapshot.Of(TestWorkshop.Werkgroep(scopeId), TestWorkshop.Traject(), null);
        var published = SummaryReview.Publish("t-1", scopeId, 1, content, moderator, [new(moderator.UserId, moderator.DisplayName), SecondModerator], [.. Enumerable.Range(1, reviewers).Select(Reviewer)], now).Ok();
        var deadlineSet = published.SetDeadline(moderator, now + (deadlineIn ?? TimeSpan.FromDays(7)), now).Ok();
        var posted = deadlineSet.AttachCard(new PostedCard($"19:grotegroep@thread.tacv2;messageid={scopeId}", $"activity-{scopeId}", "https://smba.example.test/"));
        var saved = await Store.SaveAsync(posted.Aggregate, null, posted.Events, CancellationToken.None);
        Assert.True(saved.IsSaved);
        return posted.Aggregate;
    }

    public async Task RespondAsync(SummaryReview review, int reviewer)
    {
        var stored = await Memory.GetAsync(review.TrajectId, review.Id, CancellationToken.None);
        var answered = stored!.Value.Respond(TestWorkshop.Participant(reviewer), ReviewAnswer.Akkoord, null, Clock.GetUtcNow()).Ok();
        Assert.True((await Memory.SaveAsync(answered, stored.ETag, [], CancellationToken.None)).IsSaved);
    }

    public async Task<SummaryReview> ReloadAsync(SummaryReview review) =>
        (await Memory.GetAsync(review.TrajectId, review.Id, CancellationToken.None))!.Value;
}
