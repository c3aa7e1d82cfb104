using WorkshopBot.Application.Commands;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests.Summaries;

public sealed class ReviewCommandHandlerTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly SummaryFixture _app = new();

    [Fact]
    public async Task Respond_InTheThread_SavesTheAnswerAndUpdatesTheSharedCard()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(ReviewAnswer.Akkoord, (await _app.ReloadAsync(review)).ResponseOf(SummaryFixture.Partner(1).UserId)?.Answer);
        Assert.Single(_app.Outbox.SharedUpdates);
        Assert.Empty(_app.Outbox.Notified);
    }

    [Fact]
    public async Task Respond_Bezwaar_NotifiesTheModerators()
    {
        var review = await _app.PublishedAsync();

        await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Bezwaar, "Niet meetbaar"), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.Equal("Niet meetbaar", Assert.Single(_app.Outbox.Notified).Comment);
    }

    [Fact]
    public async Task Respond_CardFromAnotherConversation_RefusedAndNothingChanged()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.In("19:anderkanaal@thread.tacv2", SummaryFixture.Partner(1)), Ct);

        Assert.Equal(DomainErrorCodes.WrongWerkgroep, result.Error?.Code);
        Assert.Empty((await _app.ReloadAsync(review)).Responses);
        Assert.Empty(_app.Outbox.SharedUpdates);
    }

    [Fact]
    public async Task Respond_InAPersonalChat_Accepted()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InPersonalChat(SummaryFixture.Partner(1)), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Fact]
    public async Task Respond_MalformedSummaryId_Refused()
    {
        await _app.PublishedAsync();

        var result = await _app.Handler.RespondAsync(new RespondToSummary("geen-id", ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.Equal(DomainErrorCodes.InvalidSummary, result.Error?.Code);
    }

    [Fact]
    public async Task Respond_TwentyPartnersAtOnce_EveryAnswerCounted()
    {
        var review = await _app.PublishedAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(i)), Ct))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Equal(20, (await _app.ReloadAsync(review)).Responses.Count);
    }

    [Fact]
    public async Task Respond_ETagConflicts_ReloadedAndRetried()
    {
        var review = await _app.PublishedAsync();
        _app.Reviews.LoseNext(3);

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(4, _app.Reviews.ETagSaves);
        Assert.Single((await _app.ReloadAsync(review)).Responses);
    }

    [Fact]
    public async Task Respond_ConflictEveryTime_GivesUpWithTooBusyAfterMaxAttempts()
    {
        var review = await _app.PublishedAsync();
        _app.Reviews.LoseNext(int.MaxValue);

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.Equal(DomainErrorCodes.TooBusy, result.Error?.Code);
        Assert.Equal(WorkshopWriteOptions.GroupCommit.MaxAttempts, _app.Reviews.ETagSaves);
        Assert.Empty((await _app.ReloadAsync(review)).Responses);
        Assert.Empty(_app.Outbox.SharedUpdates);
    }

    [Fact]
    public async Task Refresh_InTheThread_ReturnsTheReview()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RefreshAsync(new RefreshSummary(SummaryFixture.IdOf(review)), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.Equal(review.Id, result.Value?.Id);
    }

    [Fact]
    public async Task Refresh_CardFromAnotherConversation_Refused()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RefreshAsync(new RefreshSummary(SummaryFixture.IdOf(review)), _app.In("19:anderkanaal@thread.tacv2", SummaryFixture.Partner(1)), Ct);

        Assert.Equal(DomainErrorCodes.WrongWerkgroep, result.Error?.Code);
    }

    [Fact]
    public async Task Refresh_UnknownReview_NotFound()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RefreshAsync(new RefreshSummary($"{review.TrajectId}|w-9-v1"), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.Equal(DomainErrorCodes.SummaryNotFound, result.Error?.Code);
    }

    [Fact]
    public async Task ChangeDeadline_Moderator_SavesAndUpdatesTheSharedCard()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.ChangeDeadlineAsync(new ChangeSummaryDeadline(SummaryFixture.IdOf(review), "2026-03-20", "17:00"), _app.InThread(TestWorkshop.Moderator), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 16, 0, 0, TimeSpan.Zero), (await _app.ReloadAsync(review)).Deadline);
        Assert.Single(_app.Outbox.SharedUpdates);
    }

    [Fact]
    public async Task ChangeDeadline_NotModerator_RefusedAndNothingChanged()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.ChangeDeadlineAsync(new ChangeSummaryDeadline(SummaryFixture.IdOf(review), "2026-03-20", "17:00"), _app.InThread(SummaryFixture.Partner(1)), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
        Assert.Equal(review.Deadline, (await _app.ReloadAsync(review)).Deadline);
    }

    [Fact]
    public async Task ChangeDeadline_MalformedDate_Refused()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.ChangeDeadlineAsync(new ChangeSummaryDeadline(SummaryFixture.IdOf(review), "20-03-2026", "17:00"), _app.InThread(TestWorkshop.Moderator), Ct);

        Assert.Equal(DomainErrorCodes.InvalidDeadline, result.Error?.Code);
    }

    [Fact]
    public async Task Reply_ModeratorFromPersonalChat_PostsInTheThread()
    {
        var review = await _app.PublishedAsync();
        var partner = SummaryFixture.Partner(1);
        await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Vraag, "Wie meet dit?"), _app.InThread(partner), Ct);

        var result = await _app.Handler.ReplyAsync(new ReplyToReview(SummaryFixture.IdOf(review), partner.UserId, "De GGD."), _app.InPersonalChat(TestWorkshop.Moderator), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.EndsWith("De GGD.", Assert.Single(_app.Outbox.ThreadPosts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NotModerator_RefusedAndNothingPosted()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.ReplyAsync(new ReplyToReview(SummaryFixture.IdOf(review), null, "Namens de werkgroep"), _app.InPersonalChat(SummaryFixture.Partner(1)), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
        Assert.Empty(_app.Outbox.ThreadPosts);
    }

    // Issue 13, finding 3: the review is bound to the large group's roster.
    private static Actor Outsider => new("29:buitenstaander", "Olaf Buiten", "Elders");

    [Fact]
    public async Task Respond_OutsiderInAPersonalChatWithAnotherSummaryId_RefusedNothingCountedOrForwarded()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Bezwaar, "Hier klopt niets van"), _app.InPersonalChat(Outsider), Ct);

        Assert.Equal(DomainErrorCodes.NotReviewer, result.Error?.Code);
        Assert.Empty((await _app.ReloadAsync(review)).Responses);
        Assert.Empty(_app.Outbox.Notified);
        Assert.Empty(_app.Outbox.SharedUpdates);
    }

    [Fact]
    public async Task Respond_InTheThreadBySomeoneTeamsDoesNotListOnTheRoster_Refused()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(Outsider), Ct);

        Assert.Equal(DomainErrorCodes.NotReviewer, result.Error?.Code);
        Assert.Equal([Outsider.UserId], _app.Outbox.MembershipChecks);
        Assert.Empty((await _app.ReloadAsync(review)).Responses);
    }

    [Fact]
    public async Task Respond_InTheThreadBySomeoneWhoJoinedTheLargeGroupAfterPublishing_CountedOnceTeamsConfirms()
    {
        var review = await _app.PublishedAsync();
        _app.Outbox.Members.Add(new("29:nieuwkomer", "aad-nieuwkomer", "Nina Nieuw (GGD)"));
        var newcomer = new Actor("aad-nieuwkomer", "Nina Nieuw", "GGD");

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(newcomer), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var saved = await _app.ReloadAsync(review);
        Assert.Equal(ReviewAnswer.Akkoord, saved.ResponseOf("aad-nieuwkomer")?.Answer);
        Assert.Contains(saved.Reviewers, r => r.UserId == "aad-nieuwkomer");
    }

    [Fact]
    public async Task Respond_InTheThreadWhenTeamsCannotConfirmTheRoster_AsksToTryAgainAndCountsNothing()
    {
        var review = await _app.PublishedAsync();
        _app.Outbox.RosterUnavailable = true;

        var result = await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(Outsider), Ct);

        Assert.Equal(DomainErrorCodes.RosterUnavailable, result.Error?.Code);
        Assert.Equal(503, WorkshopBot.Application.Errors.ErrorCatalog.StatusOf(result.Error!.Code));
        Assert.Empty((await _app.ReloadAsync(review)).Responses);
    }

    [Fact]
    public async Task Respond_ListedReviewerInTheThread_NoRosterLookup()
    {
        var review = await _app.PublishedAsync();

        await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(3)), Ct);

        Assert.Empty(_app.Outbox.MembershipChecks);
    }

    [Fact]
    public async Task Refresh_OutsiderInAPersonalChatWithAnotherSummaryId_RefusedWithoutTheSummary()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RefreshAsync(new RefreshSummary(SummaryFixture.IdOf(review)), _app.InPersonalChat(Outsider), Ct);

        Assert.Equal(DomainErrorCodes.NotReviewer, result.Error?.Code);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Refresh_ListedReviewerInAPersonalChat_GetsTheirView()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Handler.RefreshAsync(new RefreshSummary(SummaryFixture.IdOf(review)), _app.InPersonalChat(SummaryFixture.Partner(2)), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }
}
