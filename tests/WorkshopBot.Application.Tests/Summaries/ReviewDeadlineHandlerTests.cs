using System.Globalization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Summaries;
using Xunit;

namespace WorkshopBot.Application.Tests.Summaries;

public sealed class ReviewDeadlineHandlerTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly DeadlineFixture _app = new();

    [Fact]
    public async Task RunOnce_AfterDeadline_ClosesAndUpdatesTheSharedCardWithoutReminders()
    {
        var review = await _app.PublishAsync(reviewers: 3, deadlineIn: TimeSpan.FromDays(2));
        _app.Clock.Advance(TimeSpan.FromDays(2));

        var run = await _app.NewHandler().RunOnceAsync(Ct);

        Assert.Equal(1, run.Closed);
        Assert.Equal(ReviewState.Closed, (await _app.ReloadAsync(review)).State);
        Assert.Equal(ReviewState.Closed, Assert.Single(_app.Outbox.SharedUpdates).State);
        Assert.Empty(_app.Outbox.Reminders);
    }

    [Fact]
    public async Task RunOnce_TwoInstancesAfterDeadline_CloseOnceAndUpdateTheCardOnce()
    {
        var app = new DeadlineFixture(store => new GatedSummaryReviewStore(store, readers: 2));
        var review = await app.PublishAsync(reviewers: 3, deadlineIn: TimeSpan.FromDays(2));
        app.Clock.Advance(TimeSpan.FromDays(2));

        // Both instances read the same ETag before either saves: exactly one close can win.
        var runs = await Task.WhenAll(app.NewHandler().RunOnceAsync(Ct), app.NewHandler().RunOnceAsync(Ct));

        Assert.Equal(1, runs.Sum(r => r.Closed));
        Assert.Single(app.Outbox.SharedUpdates);
        Assert.Equal(ReviewState.Closed, (await app.ReloadAsync(review)).State);
        Assert.All(runs, r => Assert.Empty(r.Failures));
    }

    [Fact]
    public async Task RunOnce_TwoInstancesInOfficeHours_RemindEachReviewerOnce()
    {
        var app = new DeadlineFixture(store => new GatedSummaryReviewStore(store, readers: 2));
        var review = await app.PublishAsync(reviewers: 20);

        var runs = await Task.WhenAll(app.NewHandler().RunOnceAsync(Ct), app.NewHandler().RunOnceAsync(Ct));

        Assert.Equal(20, app.Outbox.Reminders.Count);
        Assert.Equal(20, app.Outbox.Reminded(review).Distinct().Count());
        Assert.Equal(20, runs.Sum(r => r.Reminded));
    }

    [Fact]
    public async Task RunOnce_InOfficeHours_RemindsOnlyNonRespondents()
    {
        var review = await _app.PublishAsync(reviewers: 3);
        await _app.RespondAsync(review, 2);

        var run = await _app.NewHandler().RunOnceAsync(Ct);

        Assert.Equal([DeadlineFixture.Reviewer(1).UserId, DeadlineFixture.Reviewer(3).UserId], _app.Outbox.Reminded(review));
        Assert.Equal(2, run.Reminded);
        Assert.Equal(2, (await _app.ReloadAsync(review)).Reminders.Count);
    }

    // Office hours are weekdays 09:00–17:30 in Amsterdam, winter (UTC+1) and summer (UTC+2) alike.
    [Theory]
    [InlineData("2026-11-23T08:00:00Z", true)] // Monday 09:00
    [InlineData("2026-11-23T16:29:00Z", true)] // Monday 17:29
    [InlineData("2026-06-15T07:00:00Z", true)] // Monday 09:00 summer time
    [InlineData("2026-11-23T07:59:00Z", false)] // Monday 08:59
    [InlineData("2026-11-23T16:30:00Z", false)] // Monday 17:30
    [InlineData("2026-11-23T22:00:00Z", false)] // Monday 23:00
    [InlineData("2026-06-15T06:30:00Z", false)] // Monday 08:30 summer time (07:30 in London)
    [InlineData("2026-11-28T10:00:00Z", false)] // Saturday 11:00
    [InlineData("2026-11-29T13:00:00Z", false)] // Sunday 14:00
    public async Task RunOnce_At_RemindsOnlyInOfficeHours(string at, bool reminds)
    {
        var app = new DeadlineFixture(start: DateTimeOffset.Parse(at, CultureInfo.InvariantCulture));
        var review = await app.PublishAsync(reviewers: 2);

        var run = await app.NewHandler().RunOnceAsync(Ct);

        Assert.Equal(reminds ? 2 : 0, app.Outbox.Reminders.Count);
        Assert.Equal(reminds ? 2 : 0, (await app.ReloadAsync(review)).Reminders.Count);
        Assert.Equal(reminds ? 2 : 0, run.Reminded);
    }

    [Fact]
    public async Task RunOnce_AgainTheSameDay_DoesNotRemindTwiceButTheNextDayDoes()
    {
        var review = await _app.PublishAsync(reviewers: 2);
        var handler = _app.NewHandler();
        await handler.RunOnceAsync(Ct);

        _app.Clock.Advance(TimeSpan.FromHours(3));
        var sameDay = await handler.RunOnceAsync(Ct);
        _app.Clock.Advance(TimeSpan.FromHours(21));
        var nextDay = await handler.RunOnceAsync(Ct);

        Assert.Equal(0, sameDay.Reminded);
        Assert.Equal(2, nextDay.Reminded);
        Assert.Equal(4, _app.Outbox.Reminders.Count);
        Assert.All((await _app.ReloadAsync(review)).Reminders, m => Assert.Equal(2, m.Count));
    }

    [Fact]
    public async Task RunOnce_SendFailed_StaysClaimedAndIsNotRetriedTheSameDay()
    {
        var review = await _app.PublishAsync(reviewers: 2);
        _app.Outbox.Failing.Add(DeadlineFixture.Reviewer(1).UserId);
        var handler = _app.NewHandler();

        var first = await handler.RunOnceAsync(Ct);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await handler.RunOnceAsync(Ct);

        Assert.Equal(1, first.Reminded);
        Assert.Equal(1, first.Undelivered);
        Assert.Equal(2, _app.Outbox.Reminders.Count);
        Assert.Empty((await _app.ReloadAsync(review)).Unreachable);
        Assert.Empty(_app.Outbox.Notices);
    }

    [Fact]
    public async Task RunOnce_ReviewerUnreachable_MarkedAndEveryModeratorNotified()
    {
        var review = await _app.PublishAsync(reviewers: 3);
        var unreachable = DeadlineFixture.Reviewer(2);
        _app.Outbox.Unreachable.Add(unreachable.UserId);

        var run = await _app.NewHandler().RunOnceAsync(Ct);

        Assert.Equal(1, run.Unreachable);
        Assert.Equal(2, run.Reminded);
        Assert.Equal([unreachable.UserId], (await _app.ReloadAsync(review)).Unreachable);
        Assert.Equal([TestWorkshop.Moderator.UserId, DeadlineFixture.SecondModerator.UserId], _app.Outbox.Notices.Select(n => n.UserId));
        Assert.All(_app.Outbox.Notices, n => Assert.Contains(unreachable.NameWithOrganisation(), n.Text, StringComparison.Ordinal));
        Assert.All(_app.Outbox.Notices, n => Assert.StartsWith("Ik kan deze partners geen herinnering sturen voor samenvatting versie 1", n.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnce_ReviewerUnreachable_NotRemindedTheNextDay()
    {
        var review = await _app.PublishAsync(reviewers: 2);
        _app.Outbox.Unreachable.Add(DeadlineFixture.Reviewer(1).UserId);
        var handler = _app.NewHandler();
        await handler.RunOnceAsync(Ct);

        _app.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await handler.RunOnceAsync(Ct);

        Assert.Equal(1, nextDay.Reminded);
        Assert.Equal(0, nextDay.Unreachable);
        Assert.Equal([DeadlineFixture.Reviewer(1).UserId, DeadlineFixture.Reviewer(2).UserId, DeadlineFixture.Reviewer(2).UserId], _app.Outbox.Reminded(review));
        Assert.Equal(2, _app.Outbox.Notices.Count);
    }

    [Fact]
    public async Task RunOnce_ThreadInEnglish_NoticeInEnglish()
    {
        await _app.PublishAsync(reviewers: 1);
        _app.Outbox.Unreachable.Add(DeadlineFixture.Reviewer(1).UserId);
        _app.Outbox.Language = Domain.Localization.Language.English;

        await _app.NewHandler().RunOnceAsync(Ct);

        Assert.All(_app.Outbox.Notices, n => Assert.StartsWith("I cannot send these partners a reminder for summary version 1", n.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnce_ThreadNotStoredYet_LeavesRemindersUnclaimedForALaterRun()
    {
        var review = await _app.PublishAsync(reviewers: 2);
        _app.Outbox.WithoutThread.Add(review.Id);
        var handler = _app.NewHandler();

        var before = await handler.RunOnceAsync(Ct);
        _app.Outbox.WithoutThread.Clear();
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await handler.RunOnceAsync(Ct);

        Assert.Equal(0, before.Reminded);
        Assert.Equal(2, after.Reminded);
        Assert.Equal(2, _app.Outbox.Reminders.Count);
    }

    [Fact]
    public async Task RunOnce_OneBrokenReview_OthersStillClosedAndReminded()
    {
        var broken = await _app.PublishAsync(reviewers: 2, scopeId: "w-1");
        var reminded = await _app.PublishAsync(reviewers: 2, scopeId: "w-2");
        var closing = await _app.PublishAsync(reviewers: 2, scopeId: "w-3", deadlineIn: TimeSpan.FromHours(1));
        _app.Clock.Advance(TimeSpan.FromHours(1));
        _app.Outbox.Broken.Add(broken.Id);

        var run = await _app.NewHandler().RunOnceAsync(Ct);

        var failure = Assert.Single(run.Failures);
        Assert.Equal(broken.Id, failure.ReviewId);
        Assert.IsType<InvalidOperationException>(failure.Exception);
        Assert.Equal(2, _app.Outbox.Reminded(reminded).Count);
        Assert.Equal(ReviewState.Closed, (await _app.ReloadAsync(closing)).State);
        Assert.Empty(_app.Outbox.Reminded(broken));
        Assert.Empty((await _app.ReloadAsync(broken)).Reminders);
    }
}
