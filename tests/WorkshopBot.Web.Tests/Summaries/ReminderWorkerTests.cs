using System.Net;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Summaries;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

public sealed class ReminderWorkerTests
{
    [Fact]
    public async Task RunOnceAsync_OfficeHours_RemindsOnlyNonRespondents()
    {
        var fixture = new ReviewFixture();
        var review = await fixture.PublishAsync(reviewers: 3);
        await fixture.RespondAsync(review, 2);

        await fixture.NewWorker().RunOnceAsync(CancellationToken.None);

        Assert.Equal(["user-001", "user-003"], fixture.PersonalRecipients().Order());
        var sent = fixture.Recording.CreatedConversations[0].Parameters!;
        Assert.False(sent.IsGroup);
        Assert.Equal(ReviewFixture.TenantId, sent.TenantId);
        Assert.Contains("Werkgroep Zorg", sent.Activity!.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-23T22:00:00Z")] // Monday 23:00 in Amsterdam
    [InlineData("2026-11-24T06:30:00Z")] // Tuesday 07:30
    [InlineData("2026-11-28T10:00:00Z")] // Saturday 11:00
    [InlineData("2026-11-29T13:00:00Z")] // Sunday 14:00
    public async Task RunOnceAsync_OutsideOfficeHours_SendsNothing(string at)
    {
        var fixture = new ReviewFixture();
        await fixture.PublishAsync(reviewers: 3);
        fixture.Clock.SetUtcNow(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        await fixture.NewWorker().RunOnceAsync(CancellationToken.None);

        Assert.Empty(fixture.Recording.Calls);
    }

    [Fact]
    public async Task RunOnceAsync_SecondTickSameDay_DoesNotRemindAgainButNextDayDoes()
    {
        var fixture = new ReviewFixture();
        await fixture.PublishAsync(reviewers: 2);
        var worker = fixture.NewWorker();
        await worker.RunOnceAsync(CancellationToken.None);

        fixture.Clock.Advance(TimeSpan.FromHours(3));
        await worker.RunOnceAsync(CancellationToken.None);
        var sameDay = fixture.PersonalRecipients().Count;
        fixture.Clock.Advance(TimeSpan.FromHours(21));
        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, sameDay);
        Assert.Equal(4, fixture.PersonalRecipients().Count);
    }

    [Fact]
    public async Task RunOnceAsync_TwoInstancesRacingOnOneStore_RemindEachReviewerOnce()
    {
        var gated = new GatedSummaryReviewStore(new InMemorySummaryReviewStore(), readers: 2);
        var fixture = new ReviewFixture(store: gated);
        await fixture.PublishAsync(reviewers: 20);

        // Both instances read the same ETag before either saves: exactly one claim can win.
        await Task.WhenAll(fixture.NewWorker().RunOnceAsync(CancellationToken.None), fixture.NewWorker().RunOnceAsync(CancellationToken.None));

        var recipients = fixture.PersonalRecipients();
        Assert.Equal(20, recipients.Count);
        Assert.Equal(20, recipients.Distinct().Count());
        Assert.Equal(2, gated.ListCalls);
    }

    [Fact]
    public async Task RunOnceAsync_AfterDeadline_ClosesOnceAndPutsFinalTally()
    {
        var gated = new GatedSummaryReviewStore(new InMemorySummaryReviewStore(), readers: 2);
        var fixture = new ReviewFixture(store: gated);
        var review = await fixture.PublishAsync(reviewers: 3, deadlineIn: TimeSpan.FromDays(2));
        await fixture.RespondAsync(review, 1);
        fixture.Clock.Advance(TimeSpan.FromDays(2));

        await Task.WhenAll(fixture.NewWorker().RunOnceAsync(CancellationToken.None), fixture.NewWorker().RunOnceAsync(CancellationToken.None));

        var closed = await fixture.ReloadAsync(review);
        Assert.Equal(ReviewState.Closed, closed.State);
        var update = Assert.Single(fixture.Recording.Updates);
        Assert.Equal(ReviewFixture.CardActivityId, update.ActivityId);
        Assert.Equal(ReviewFixture.ThreadId, update.ConversationId);
        Assert.Empty(fixture.Recording.CreatedConversations);
        var late = closed.Respond(new Domain.Actor("user-002", "Partner 2"), ReviewAnswer.Akkoord, null, fixture.Clock.GetUtcNow());
        Assert.Equal(DomainErrorCodes.ReviewClosed, late.Error?.Code);
    }

    [Fact]
    public async Task RunOnceAsync_ReviewerForbidden_MarkedUnreachableAndModeratorTold()
    {
        var fixture = new ReviewFixture();
        var review = await fixture.PublishAsync(reviewers: 1);
        fixture.Recording.FailNextWith(new ConnectorException("createConversation", HttpStatusCode.Forbidden, ConnectorException.MessageWritesBlockedCode, "blocked"));

        var run = await fixture.NewWorker().RunOnceAsync(CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await fixture.NewWorker().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, run.Unreachable);
        Assert.Equal(["user-001"], (await fixture.ReloadAsync(review)).Unreachable);
        var notice = Assert.Single(fixture.Recording.CreatedConversations);
        Assert.Equal(ReviewFixture.Moderator.UserId, notice.Parameters!.Members!.Single().Id);
        Assert.Contains("Partner 1", notice.Activity!.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_PeriodicTick_SendsWhenOfficeHoursStart()
    {
        var fixture = new ReviewFixture(start: new DateTimeOffset(2026, 11, 23, 7, 58, 0, TimeSpan.Zero)); // 08:58 in Amsterdam
        await fixture.PublishAsync(reviewers: 2);
        var worker = fixture.NewWorker();
        await worker.StartAsync(CancellationToken.None);
        await Task.Delay(100); // the first tick runs at start, before office hours
        var before = fixture.PersonalRecipients().Count;

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() => fixture.PersonalRecipients().Count == 2);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(0, before);
        Assert.Equal(2, fixture.PersonalRecipients().Count);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Yield();
            await Task.Delay(5);
        }
    }
}
