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
    public async Task Publish_TwoModeratorsAtOnce_EachGetsItsOwnVersion()
    {
        await _app.SeedAsync();

        var both = await Task.WhenAll(
            Task.Run(() => _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator), Ct)),
            Task.Run(() => _app.Publisher.PublishAsync(new PublishSummary(null), _app.InWerkgroep(TestWorkshop.Moderator), Ct)));

        Assert.All(both, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Equal([1, 2], both.Select(r => r.Value!.Version).Order());
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
