using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Summaries;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

public sealed class SummaryPublisherTests
{
    private const string Channel = "19:grotegroep@thread.tacv2";
    private const string WerkgroepConversation = "19:meeting_w-1@thread.v2";
    private const string JanAad = "6c4b2a9e-0000-4000-8000-000000000001";
    private readonly ReviewFixture fixture = new();
    private readonly InMemoryWorkshopStore workshops = new();

    [Fact]
    public async Task PublishAsync_Moderator_PostsNewThreadWithChannelMembersAsReviewers()
    {
        await SeedAsync();
        fixture.Recording.SetMembers(Channel, [new TeamsChannelAccount { Id = "29:a", AadObjectId = "aad-a", Name = "Anna" }, new TeamsChannelAccount { Id = "29:b", Name = "Bram" }]);

        var result = await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var review = await fixture.ReloadAsync(result.Value);
        Assert.Equal(1, review.Version);
        Assert.Equal(["aad-a", "29:b"], review.Reviewers.Select(r => r.UserId));
        var thread = Assert.Single(fixture.Recording.CreatedConversations);
        Assert.True(thread.Parameters!.IsGroup);
        Assert.Equal(Channel, thread.Parameters.ChannelData?.Channel?.Id);
        Assert.Equal(thread.ConversationId, review.Card?.ConversationId);
        Assert.NotNull(review.Deadline);
        Assert.NotNull(await fixture.References.GetAsync(review.Card!.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task PublishAsync_RosterWithoutOrganisations_PendingOrganisationsFromSuffixAndWerkgroepNeverADomain()
    {
        await SeedAsync();
        var werkgroep = (await workshops.GetWerkgroepAsync("w-1", CancellationToken.None))!;
        var joined = werkgroep.Value.SetOrganisation(new Domain.Actor("aad-c", "Cor"), "aad-c", "Vrijwilligerscentrale", TestWorkshop.Now).Ok();
        await workshops.SaveWerkgroepAsync(joined, werkgroep.ETag, [], CancellationToken.None);
        fixture.Recording.SetMembers(Channel,
        [
            new TeamsChannelAccount { Id = "29:a", AadObjectId = "aad-a", Name = "Anna (GGD Gelderland-Zuid)" },
            new TeamsChannelAccount { Id = "29:b", AadObjectId = "aad-b", Name = "Bram", UserPrincipalName = "bram_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com" },
            new TeamsChannelAccount { Id = "29:c", AadObjectId = "aad-c", Name = "Cor" },
        ]);

        var result = await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None);

        var review = await fixture.ReloadAsync(result.Value);
        Assert.Equal(["GGD Gelderland-Zuid", "Vrijwilligerscentrale"], review.OrganisationsNotResponded);
        Assert.Equal("Anna", review.Reviewers.Single(r => r.UserId == "aad-a").Name);
    }

    [Fact]
    public async Task PublishAsync_SecondVersion_SupersedesAndUpdatesPreviousCard()
    {
        await SeedAsync();
        var first = (await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None)).Value;
        await ChangeWerkgroepAsync();

        var second = await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None);

        Assert.Equal(2, second.Value.Version);
        var old = await fixture.ReloadAsync(first);
        Assert.Equal(ReviewState.Superseded, old.State);
        Assert.Equal(2, old.SupersededByVersion);
        var update = Assert.Single(fixture.Recording.Updates);
        Assert.Equal(first.Card!.ActivityId, update.ActivityId);
    }

    [Fact]
    public async Task PublishAsync_SecondVersion_OldCardSaysReplacedAndLinksToNewThread()
    {
        await SeedAsync();
        await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None);
        await ChangeWerkgroepAsync();

        var second = (await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None)).Value;

        var card = Assert.Single(fixture.Recording.Updates).Activity!.Attachments![0].Content!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Vervangen door versie 2", card, StringComparison.Ordinal);
        Assert.Contains(SummaryThreadLinks.For(second.Card, ReviewFixture.TenantId)!, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.RespondToSummary, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_NotModerator_RefusedAndNothingPosted()
    {
        await SeedAsync();

        var result = await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Participant(), Origin(), null, Language.Dutch, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Empty(fixture.Recording.CreatedConversations);
    }

    [Fact]
    public async Task PublishAsync_NoLargeGroupChannel_Refused()
    {
        await SeedAsync(withChannel: false);

        var result = await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None);

        Assert.Equal(DomainErrorCodes.NoLargeGroup, result.Error?.Code);
    }

    [Fact]
    public async Task PublishAsync_English_SharedCardStaysEnglishWhenADutchPartnerAnswers()
    {
        await SeedAsync();
        var review = (await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.English, CancellationToken.None)).Value;
        var inThread = Origin() with { Conversation = new ConversationAccount { Id = review.Card!.ConversationId } };
        fixture.Recording.SetMembers(ChannelThreadId.Channel(review.Card.ConversationId), [new TeamsChannelAccount { Id = "29:piet", AadObjectId = "aad-p", Name = "Piet" }]);

        var own = await Publisher().RespondAsync(SummaryCardIds.Format(review.TrajectId, review.Id), new Domain.Actor("aad-p", "Piet", "GGD"), Domain.Summaries.ReviewAnswer.Akkoord, null, inThread, Language.Dutch, CancellationToken.None);

        Assert.Contains("Reactie wijzigen", own.Value.ToJsonString(), StringComparison.Ordinal);
        var shared = Assert.Single(fixture.Recording.Updates).Activity!.Attachments![0].Content!.ToJsonString();
        Assert.Contains("What does your organisation think?", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("Wat vindt jouw organisatie ervan?", shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddReviewerAsync_Moderator_NamedOnTrajectAddedToOpenReviewAndSentTheCard()
    {
        await SeedAsync();
        var review = (await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None)).Value;
        fixture.Recording.SetMembers(Origin().Conversation!.Id!, [new TeamsChannelAccount { Id = "29:jan", AadObjectId = JanAad, Name = "Jan Jansen", UserPrincipalName = "jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com" }]);
        var created = fixture.Recording.CreatedConversations.Count;

        var result = await Publisher().AddReviewerAsync(WerkgroepConversation, TestWorkshop.Moderator, new ChannelAccount { Id = "29:jan", Name = "Jan Jansen" }, null, Origin(), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new Reviewer(JanAad, "Jan Jansen", null), result.Value.Reviewer);
        Assert.Equal(1, result.Value.OpenReviews);
        Assert.Contains(result.Value.Reviewer, (await workshops.GetTrajectAsync("t-1", CancellationToken.None))!.Value.Reviewers);
        Assert.Contains((await fixture.ReloadAsync(review)).Reviewers, r => r.UserId == JanAad);
        Assert.Equal(review.Card!.ActivityId, Assert.Single(fixture.Recording.Updates).ActivityId);
        var personal = Assert.Single(fixture.Recording.CreatedConversations.Skip(created));
        Assert.Equal("29:jan", personal.Parameters!.Members!.Single().Id);
    }

    [Fact]
    public async Task AddReviewerAsync_OrganisationTyped_WinsOverDerived()
    {
        await SeedAsync();

        var result = await Publisher().AddReviewerAsync(WerkgroepConversation, TestWorkshop.Moderator, new ChannelAccount { Id = "29:jan", Name = "Jan (Gemeente)" }, "Welzijn Neder-Betuwe", Origin(), CancellationToken.None);

        Assert.Equal("Welzijn Neder-Betuwe", result.Value.Reviewer.Organisation);
        Assert.Equal(0, result.Value.OpenReviews);
    }

    [Fact]
    public async Task AddReviewerAsync_Participant_RefusedAndNothingChanged()
    {
        await SeedAsync();
        var review = (await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None)).Value;

        var result = await Publisher().AddReviewerAsync(WerkgroepConversation, TestWorkshop.Participant(), new ChannelAccount { Id = "29:jan", Name = "Jan" }, null, Origin(), CancellationToken.None);

        Assert.Equal(Domain.DomainErrorCodes.NotModerator, result.Error?.Code);
        Assert.Empty((await workshops.GetTrajectAsync("t-1", CancellationToken.None))!.Value.Reviewers);
        Assert.DoesNotContain((await fixture.ReloadAsync(review)).Reviewers, r => r.UserId == "29:jan");
        Assert.Empty(fixture.Recording.Updates);
    }

    [Fact]
    public async Task AddReviewerAsync_InLargeGroupChannel_AddsToOpenReviewsOfTheTraject()
    {
        await SeedAsync();
        var review = (await Publisher().PublishAsync(WerkgroepConversation, TestWorkshop.Moderator, Origin(), null, Language.Dutch, CancellationToken.None)).Value;

        var result = await Publisher().AddReviewerAsync(Channel, TestWorkshop.Moderator, new ChannelAccount { Id = "29:jan", Name = "Jan" }, "GGD", Origin(), CancellationToken.None);

        Assert.Equal(1, result.Value.OpenReviews);
        Assert.Contains((await fixture.ReloadAsync(review)).Reviewers, r => r.UserId == "29:jan" && r.Organisation == "GGD");
    }

    private async Task SeedAsync(bool withChannel = true)
    {
        var traject = TestWorkshop.Traject(largeGroupChannel: withChannel ? new ChannelRef(Channel, ReviewFixture.ServiceUrl) : null);
        await workshops.SaveTrajectAsync(traject, null, [], CancellationToken.None);
        await workshops.SaveWerkgroepAsync(TestWorkshop.Werkgroep(), null, [], CancellationToken.None);
    }

    // A new version needs new content: identical content is not published again.
    private async Task ChangeWerkgroepAsync()
    {
        var stored = (await workshops.GetWerkgroepAsync("w-1", CancellationToken.None))!;
        var joined = stored.Value.Join(TestWorkshop.Participant(5, "GGD"), TestWorkshop.Now).Ok();
        await workshops.SaveWerkgroepAsync(joined, stored.ETag, [], CancellationToken.None);
    }

    private SummaryDriver Publisher() => fixture.Driver(workshops);

    private static ConversationReference Origin() => new()
    {
        ServiceUrl = ReviewFixture.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "19:werkgroep@thread.v2" },
        Bot = new ChannelAccount { Id = "28:bot" },
        TenantId = ReviewFixture.TenantId,
    };
}
