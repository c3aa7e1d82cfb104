using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Web.Summaries;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

public sealed class ReviewServiceTests
{
    private readonly ReviewFixture fixture = new();

    [Fact]
    public async Task RespondAsync_Akkoord_SavesAnswerAndPutsSharedTallyWithoutNotifying()
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        var card = await Service().RespondAsync(SummaryCardIds.Format(review.TrajectId, review.Id), Partner(1), ReviewAnswer.Akkoord, null, Origin(), Language.Dutch, CancellationToken.None);

        Assert.True(card.IsSuccess);
        Assert.Equal(ReviewAnswer.Akkoord, (await fixture.ReloadAsync(review)).ResponseOf("user-001")?.Answer);
        var update = Assert.Single(fixture.Recording.Updates);
        Assert.Equal(ReviewFixture.CardActivityId, update.ActivityId);
        Assert.Empty(fixture.Recording.CreatedConversations);
    }

    [Fact]
    public async Task RespondAsync_EnglishClicker_OwnViewEnglishSharedCardStaysDutch()
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        var own = await Service().RespondAsync(SummaryCardIds.Format(review.TrajectId, review.Id), Partner(1), ReviewAnswer.Akkoord, null, Origin(), Language.English, CancellationToken.None);

        Assert.Contains("Change your response", own.Value.ToJsonString(), StringComparison.Ordinal);
        var shared = Assert.Single(fixture.Recording.Updates).Activity!.Attachments![0].Content!.ToJsonString();
        Assert.Contains("Wat vindt jouw organisatie ervan?", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("What does your organisation think?", shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_BezwaarWithComment_NotifiesModeratorOneToOne()
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        await Service().RespondAsync(SummaryCardIds.Format(review.TrajectId, review.Id), Partner(2), ReviewAnswer.Bezwaar, "De indicator is niet meetbaar", Origin(), Language.Dutch, CancellationToken.None);

        var notification = Assert.Single(fixture.Recording.CreatedConversations);
        Assert.Equal(ReviewFixture.Moderator.UserId, notification.Parameters!.Members!.Single().Id);
        Assert.False(notification.Parameters.IsGroup);
        Assert.Contains("De indicator is niet meetbaar", notification.Activity!.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_Vraag_NotificationLinksToTheSummaryThread()
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        await Service().RespondAsync(SummaryCardIds.Format(review.TrajectId, review.Id), Partner(2), ReviewAnswer.Vraag, "Wie levert de data?", Origin(), Language.Dutch, CancellationToken.None);

        var card = Assert.Single(fixture.Recording.CreatedConversations).Activity!.Attachments![0].Content!.ToJsonString();
        Assert.Contains("https://teams.microsoft.com/l/message/19%3Agrotegroep%40thread.tacv2/1?tenantId=tenant-1", card, StringComparison.Ordinal);
        Assert.Contains("Wie levert de data?", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_VraagWithoutComment_RefusedAndNothingSent()
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        var result = await Service().RespondAsync(SummaryCardIds.Format(review.TrajectId, review.Id), Partner(2), ReviewAnswer.Vraag, "  ", Origin(), Language.Dutch, CancellationToken.None);

        Assert.Equal(DomainErrorCodes.CommentRequired, result.Error?.Code);
        Assert.Empty(fixture.Recording.Calls);
    }

    [Fact]
    public async Task ReplyAsync_Moderator_PostsPlainTextInThread()
    {
        var review = await fixture.PublishAsync(reviewers: 3);
        var id = SummaryCardIds.Format(review.TrajectId, review.Id);
        await Service().RespondAsync(id, Partner(2), ReviewAnswer.Vraag, "Wie levert de data?", Origin(), Language.Dutch, CancellationToken.None);

        var reply = await Service().ReplyAsync(id, "user-002", new Actor(ReviewFixture.Moderator.UserId, ReviewFixture.Moderator.Name), "De gemeente, via [link](http://x)", Origin(), Language.Dutch, CancellationToken.None);

        Assert.True(reply.IsSuccess);
        var sent = Assert.Single(fixture.Recording.SentActivities);
        Assert.Equal(ReviewFixture.ThreadId, sent.Conversation?.Id);
        Assert.Equal("plain", sent.TextFormat);
        Assert.Contains("vraag van Partner 2", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyAsync_NotModerator_Refused()
    {
        var review = await fixture.PublishAsync(reviewers: 3);

        var reply = await Service().ReplyAsync(SummaryCardIds.Format(review.TrajectId, review.Id), "user-002", Partner(1), "Ik antwoord namens de werkgroep", Origin(), Language.Dutch, CancellationToken.None);

        Assert.Equal(DomainErrorCodes.NotModerator, reply.Error?.Code);
        Assert.Empty(fixture.Recording.SentActivities);
    }

    private SummaryDriver Service() => fixture.Driver();

    private static Actor Partner(int i) => new(ReviewFixture.Reviewer(i).UserId, ReviewFixture.Reviewer(i).Name, ReviewFixture.Reviewer(i).Organisation);

    private static ConversationReference Origin() => new()
    {
        ServiceUrl = ReviewFixture.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = ReviewFixture.ThreadId },
        Bot = new ChannelAccount { Id = "28:bot" },
        TenantId = ReviewFixture.TenantId,
    };
}
