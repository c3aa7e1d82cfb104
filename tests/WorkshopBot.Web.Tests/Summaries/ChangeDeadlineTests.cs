using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.Web.Summaries;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

// The moderator moves the review deadline from the summary card (Input.Date + Input.Time,
// Europe/Amsterdam). The fixture's clock starts Monday 23 November 2026, 10:00 in Amsterdam.
public sealed class ChangeDeadlineTests
{
    private static readonly Actor Moderator = new(ReviewFixture.Moderator.UserId, ReviewFixture.Moderator.Name);

    private readonly ReviewFixture fixture = new();

    [Fact]
    public async Task ChangeDeadlineAsync_Moderator_SavesAuditsAndPutsSharedCard()
    {
        var review = await fixture.PublishAsync(reviewers: 3, deadlineIn: TimeSpan.FromDays(1));

        var result = await Service().ChangeDeadlineAsync(Id(review), Moderator, "2026-11-26", "17:00", ReviewFixture.ThreadOrigin(), Language.Dutch, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero), (await fixture.ReloadAsync(review)).Deadline);
        var put = Assert.Single(fixture.Recording.Updates);
        Assert.Contains("26 november 2026 om 17:00", put.Activity!.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEmpty(CardQuery.ExecuteActions(result.Value, CardVerbs.ChangeSummaryDeadline));
        var changed = Assert.Single(await fixture.Store.GetAuditTrailAsync(review.TrajectId, CancellationToken.None), e => e.Kind == WorkshopEventKinds.ReviewDeadlineChanged);
        Assert.Equal(Moderator.UserId, changed.ActorId);
    }

    [Fact]
    public async Task ChangeDeadlineAsync_NotModerator_RefusedAndNothingChanged()
    {
        var review = await fixture.PublishAsync(reviewers: 3);
        var partner = ReviewFixture.Reviewer(1);

        var result = await Service().ChangeDeadlineAsync(Id(review), new Actor(partner.UserId, partner.Name), "2026-12-31", "12:00", ReviewFixture.ThreadOrigin(), Language.Dutch, CancellationToken.None);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
        Assert.Equal(review.Deadline, (await fixture.ReloadAsync(review)).Deadline);
        Assert.Empty(fixture.Recording.Updates);
    }

    [Theory]
    [InlineData("2026-11-23", "09:59")]
    [InlineData("2026-11-20", "17:00")]
    public async Task ChangeDeadlineAsync_InThePast_RefusedWithFriendlyDutchMessage(string date, string time)
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        var result = await Service().ChangeDeadlineAsync(Id(review), Moderator, date, time, ReviewFixture.ThreadOrigin(), Language.Dutch, CancellationToken.None);

        Assert.Equal(DomainErrorCodes.DeadlineInPast, result.Error?.Code);
        Assert.Equal("Die deadline ligt in het verleden. Kies een datum en tijd die nog moeten komen.", ErrorCatalog.MessageFor(result.Error!, Language.Dutch));
        Assert.Equal(review.Deadline, (await fixture.ReloadAsync(review)).Deadline);
        Assert.Empty(fixture.Recording.Updates);
    }

    [Theory]
    [InlineData(null, "17:00")]
    [InlineData("26-11-2026", "17:00")]
    [InlineData("2026-11-26", "")]
    public async Task ChangeDeadlineAsync_MissingOrMalformedInput_RefusedWithDutchMessage(string? date, string? time)
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        var result = await Service().ChangeDeadlineAsync(Id(review), Moderator, date, time, ReviewFixture.ThreadOrigin(), Language.Dutch, CancellationToken.None);

        Assert.Equal(DomainErrorCodes.InvalidDeadline, result.Error?.Code);
        Assert.Equal("Kies een geldige datum en tijd voor de nieuwe deadline.", ErrorCatalog.MessageFor(result.Error!, Language.Dutch));
    }

    [Fact]
    public async Task RunOnceAsync_DeadlineExtended_KeepsRemindingPastTheOldDeadlineAndClosesAtTheNewOne()
    {
        // Old deadline Tuesday 10:00; moved to Thursday 17:00.
        var review = await fixture.PublishAsync(reviewers: 2, deadlineIn: TimeSpan.FromDays(1));
        Assert.True((await Service().ChangeDeadlineAsync(Id(review), Moderator, "2026-11-26", "17:00", ReviewFixture.ThreadOrigin(), Language.Dutch, CancellationToken.None)).IsSuccess);
        var worker = fixture.NewWorker();

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        await worker.RunOnceAsync(CancellationToken.None);
        var wednesday = await fixture.ReloadAsync(review);
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero));
        await worker.RunOnceAsync(CancellationToken.None);
        var thursday = await fixture.ReloadAsync(review);

        Assert.Equal(ReviewState.Open, wednesday.State);
        Assert.Equal(["user-001", "user-002"], fixture.PersonalRecipients().Order());
        Assert.Equal(ReviewState.Closed, thursday.State);
    }

    [Fact]
    public async Task RunOnceAsync_DeadlineBroughtForward_StopsRemindingAndClosesEarly()
    {
        // Old deadline a week away; moved to Monday 12:00, two hours from now.
        var review = await fixture.PublishAsync(reviewers: 2);
        Assert.True((await Service().ChangeDeadlineAsync(Id(review), Moderator, "2026-11-23", "12:00", ReviewFixture.ThreadOrigin(), Language.Dutch, CancellationToken.None)).IsSuccess);
        var worker = fixture.NewWorker();

        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await worker.RunOnceAsync(CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(ReviewState.Closed, (await fixture.ReloadAsync(review)).State);
        Assert.Empty(fixture.PersonalRecipients());
    }

    [Theory]
    [InlineData("2026-11-30", "17:00", "2026-11-30T16:00:00+00:00")]
    [InlineData("2026-06-01", "17:00", "2026-06-01T15:00:00+00:00")]
    [InlineData("2026-03-29", "02:30", "2026-03-29T01:30:00+00:00")]
    public void ParseLocal_AmsterdamWallClock_ConvertsWithSummerAndWinterTime(string date, string time, string expected)
    {
        var parsed = SummaryDeadline.ParseLocal(date, time);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    private SummaryDriver Service() => fixture.Driver();

    private static string Id(SummaryReview review) => SummaryCardIds.Format(review.TrajectId, review.Id);
}
