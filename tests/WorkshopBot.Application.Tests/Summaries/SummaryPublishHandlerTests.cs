using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests.Summaries;

public sealed class SummaryPublishHandlerTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly SummaryFixture _app = new();

    [Fact]
    public async Task Publish_Moderator_NumbersPostsInANewThreadWithTheRosterAsReviewers()
    {
        await _app.SeedAsync();
        _app.Outbox.Members.Add(new RosterMember("29:anna", "aad-anna", "Anna (GGD)"));

        var result = await _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator), Ct);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var review = await _app.ReloadAsync(result.Value);
        Assert.Equal(1, review.Version);
        Assert.Equal(TestWorkshop.Now.AddDays(7), review.Deadline);
        Assert.Equal([("aad-anna", "GGD")], review.Reviewers.Select(r => (r.UserId, r.Organisation!)));
        Assert.StartsWith(SummaryFixture.LargeGroup + ";messageid=", review.Card?.ConversationId, StringComparison.Ordinal);
        Assert.Single(_app.Outbox.Posted);
    }

    [Fact]
    public async Task Publish_SecondVersion_SupersedesTheFirstAndUpdatesItsCard()
    {
        var first = await _app.PublishedAsync();
        await JoinAsync(5);

        var second = await _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator), Ct);

        Assert.Equal(2, second.Value?.Version);
        Assert.Equal(ReviewState.Superseded, (await _app.ReloadAsync(first)).State);
        Assert.Equal(first.Id, Assert.Single(_app.Outbox.SharedUpdates).Id);
    }

    [Fact]
    public async Task Publish_NonModerator_RefusedAndNothingPosted()
    {
        await _app.SeedAsync();

        var result = await _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Participant()), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
        Assert.Empty(_app.Outbox.Posted);
        Assert.Empty(_app.Memory.All);
    }

    [Fact]
    public async Task Publish_CallerFromAnotherTenant_Refused()
    {
        await _app.SeedAsync();

        var result = await _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator, tenant: "other-tenant"), Ct);

        Assert.Equal(DomainErrorCodes.WrongWerkgroep, result.Error?.Code);
        Assert.Empty(_app.Outbox.Posted);
    }

    [Fact]
    public async Task Publish_TwoModeratorsAtOnce_OneVersionAndTheOtherToldNothingChanged()
    {
        await _app.SeedAsync();

        var both = await Task.WhenAll(
            Task.Run(() => _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator), Ct)),
            Task.Run(() => _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator), Ct)));

        Assert.Equal(1, Assert.Single(both, r => r.IsSuccess).Value!.Version);
        Assert.Equal(DomainErrorCodes.SummaryUnchanged, Assert.Single(both, r => !r.IsSuccess).Error?.Code);
    }

    [Fact]
    public async Task Show_Published_ShowsTheLatestVersionWithoutPublishing()
    {
        var review = await _app.PublishedAsync();
        await _app.Handler.RespondAsync(new RespondToSummary(SummaryFixture.IdOf(review), ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(1)), Ct);

        var shown = await _app.Publisher.ShowAsync(_app.InWerkgroep(TestWorkshop.Moderator), Ct);

        Assert.Equal(1, shown.Value?.Latest?.Version);
        Assert.Equal(1, shown.Value!.Latest!.Count(ReviewAnswer.Akkoord));
        Assert.True(shown.Value.CanPublish);
        Assert.Single(_app.Outbox.Posted);
        Assert.Equal(ReviewState.Open, (await _app.ReloadAsync(review)).State);
    }

    [Fact]
    public async Task Show_NothingPublished_NoVersionAndNothingPosted()
    {
        await _app.SeedAsync();

        var shown = await _app.Publisher.ShowAsync(_app.InWerkgroep(TestWorkshop.Participant()), Ct);

        Assert.Null(shown.Value?.Latest);
        Assert.False(shown.Value?.CanPublish);
        Assert.Empty(_app.Outbox.Posted);
        Assert.Empty(_app.Memory.All);
    }

    [Fact]
    public async Task Publish_NothingChanged_KeepsEveryAnswerAndTheVersion()
    {
        var review = await _app.PublishedAsync();
        var id = SummaryFixture.IdOf(review);
        await _app.Handler.RespondAsync(new RespondToSummary(id, ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(1)), Ct);
        await _app.Handler.RespondAsync(new RespondToSummary(id, ReviewAnswer.Akkoord, null), _app.InThread(SummaryFixture.Partner(2)), Ct);
        await _app.Handler.RespondAsync(new RespondToSummary(id, ReviewAnswer.Vraag, "Welke bron?"), _app.InThread(SummaryFixture.Partner(3)), Ct);

        var again = await _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator), Ct);
        var preview = await _app.Publisher.PreviewAsync(_app.InWerkgroep(TestWorkshop.Moderator), Ct);

        Assert.Equal(DomainErrorCodes.SummaryUnchanged, again.Error?.Code);
        Assert.Equal("1", again.Error?.TargetId);
        Assert.Equal(DomainErrorCodes.SummaryUnchanged, preview.Error?.Code);
        var kept = await _app.ReloadAsync(review);
        Assert.Equal(ReviewState.Open, kept.State);
        Assert.Equal((2, 1, 0), (kept.Count(ReviewAnswer.Akkoord), kept.Count(ReviewAnswer.Vraag), kept.Count(ReviewAnswer.Bezwaar)));
        Assert.Equal(1, (await _app.Memory.GetLatestAsync(review.TrajectId, review.ScopeId, Ct))?.Value.Version);
        Assert.Single(_app.Outbox.Posted);
    }

    [Fact]
    public async Task Preview_ParticipantJoined_ListsTheChangeAndPublishesNothing()
    {
        await _app.PublishedAsync();
        await JoinAsync(5);

        var preview = await _app.Publisher.PreviewAsync(_app.InWerkgroep(TestWorkshop.Moderator), Ct);

        Assert.Equal((1, 2), (preview.Value?.PreviousVersion, preview.Value?.NextVersion));
        var change = Assert.Single(preview.Value!.Changes);
        Assert.Equal((SummaryItemKind.Participant, SummaryChangeKind.Added), (change.Item, change.Change));
        Assert.Single(_app.Outbox.Posted);
    }

    [Fact]
    public async Task Preview_NonModerator_Refused()
    {
        await _app.PublishedAsync();
        await JoinAsync(5);

        var preview = await _app.Publisher.PreviewAsync(_app.InWerkgroep(TestWorkshop.Participant()), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, preview.Error?.Code);
    }

    private async Task JoinAsync(int number)
    {
        var joined = await _app.Workshops.UpdateWerkgroepAsync("w-1", (w, now) => w.Join(TestWorkshop.Participant(number, "GGD"), now), Ct);
        Assert.True(joined.IsSuccess, joined.Error?.Message);
    }

    [Fact]
    public async Task AddReviewer_Participant_RefusedAndNothingChanged()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Publisher.AddReviewerAsync(new AddReviewer(new RosterMember("29:jan", null, "Jan"), null), _app.InWerkgroep(TestWorkshop.Participant()), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
        Assert.DoesNotContain((await _app.ReloadAsync(review)).Reviewers, r => r.UserId == "29:jan");
        Assert.Empty(_app.Outbox.Sent);
    }

    [Fact]
    public async Task AddReviewer_Moderator_AddedToTheOpenReviewAndSentTheCard()
    {
        var review = await _app.PublishedAsync();

        var result = await _app.Publisher.AddReviewerAsync(new AddReviewer(new RosterMember("29:jan", null, "Jan"), "GGD"), _app.InWerkgroep(TestWorkshop.Moderator), Ct);

        Assert.Equal(1, result.Value?.OpenReviews);
        Assert.Contains((await _app.ReloadAsync(review)).Reviewers, r => r.UserId == "29:jan" && r.Organisation == "GGD");
        Assert.Equal("29:jan", Assert.Single(_app.Outbox.Sent).Reviewer.UserId);
    }
}
