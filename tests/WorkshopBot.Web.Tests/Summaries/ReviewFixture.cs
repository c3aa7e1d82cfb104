using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Protocol;
using WorkshopBot.TestKit.Summaries;
using WorkshopBot.Web.Identity;
using WorkshopBot.Web.Summaries;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

// One published review in a shared in-memory store, a recording connector and a controllable clock.
// Monday 23 November 2026 10:00 in Amsterdam is 09:00 UTC.
internal sealed class ReviewFixture
{
    public const string TrajectId = "traject-1";
    public const string ThreadId = "19:grotegroep@thread.tacv2;messageid=1";
    public const string CardActivityId = "summary-activity";
    public const string ServiceUrl = "https://smba.example.test/emea/";
    public const string TenantId = "tenant-1";
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly Person Moderator = new("moderator-1", "Mira Moderator");

    public ReviewFixture(IConnectorClient? connector = null, TrustedServiceUrls? trusted = null, ISummaryReviewStore? store = null, DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? MondayMorning);
        Connector = connector ?? Recording;
        Store = store ?? Memory;
        Concurrency = new OptimisticConcurrency(WorkshopWriteOptions.GroupCommit, new InstantTimers(Clock));
        Writer = new SummaryReviewWriter(Store, Concurrency);
        Messaging = new SummaryMessaging(Connector, trusted ?? new TrustedServiceUrls(), References);
    }

    public FakeTimeProvider Clock { get; }

    public RecordingConnector Recording { get; } = new();

    public IConnectorClient Connector { get; }

    public InMemorySummaryReviewStore Memory { get; } = new();

    public ISummaryReviewStore Store { get; }

    public InMemoryConversationReferenceStore References { get; } = new();

    public OptimisticConcurrency Concurrency { get; }

    public SummaryReviewWriter Writer { get; }

    public SummaryMessaging Messaging { get; }

    public ReminderOptions Options { get; } = new();

    // The handlers over this fixture's review store, with trajecten and werkgroepen in `workshops`.
    public SummaryDriver Driver(InMemoryWorkshopStore? workshops = null)
    {
        var service = new WorkshopService(workshops ?? new InMemoryWorkshopStore(), Clock);
        var publisher = new SummaryPublishHandler(
            service,
            new WerkgroepCommandHandler(service, new InMemoryRunningTimerStore()),
            new TrajectCommandHandler(service),
            Store,
            Writer,
            Concurrency,
            new WorkshopLinks(Microsoft.Extensions.Options.Options.Create(new BoardIdentityOptions())),
            new ReviewPeriod(Options.DefaultReviewPeriod),
            Clock);
        return new SummaryDriver(publisher, new ReviewCommandHandler(Store, Writer), Messaging);
    }

    // The summary's thread, where partners click.
    public static ConversationReference ThreadOrigin() => new()
    {
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = ThreadId },
        Bot = new ChannelAccount { Id = "28:bot" },
        TenantId = TenantId,
    };

    // A worker as on one app instance: the deadline use case over this fixture's store and connector.
    public ReminderWorker NewWorker() =>
        new(
            new ReviewDeadlineHandler(Store, Writer, new ReminderOutbox(Messaging, NullLogger<ReminderOutbox>.Instance), Options.ToPolicy(), Clock),
            Microsoft.Extensions.Options.Options.Create(Options),
            Clock,
            NullLogger<ReminderWorker>.Instance);

    public static Reviewer Reviewer(int i) => new($"user-{i:D3}", $"Partner {i}", $"Organisatie {i % 7}");

    // Published now with the given reviewers and deadline, posted in the thread whose reference is stored.
    public async Task<SummaryReview> PublishAsync(int reviewers, TimeSpan? deadlineIn = null, string serviceUrl = ServiceUrl)
    {
        var now = Clock.GetUtcNow();
        var actor = new Actor(Moderator.UserId, Moderator.Name);
        var published = SummaryReview.Publish(TrajectId, "werkgroep-1", 1, Content(1, 1), actor, [Moderator], Enumerable.Range(1, reviewers).Select(Reviewer).ToList(), now).Value;
        var deadlineSet = published.Aggregate.SetDeadline(actor, now + (deadlineIn ?? TimeSpan.FromDays(7)), now).Value;
        var posted = deadlineSet.Aggregate.AttachCard(new PostedCard(ThreadId, CardActivityId, serviceUrl));
        var review = posted.Aggregate;
        Assert.True((await Store.SaveAsync(review, null, [.. published.Events, .. deadlineSet.Events, .. posted.Events], CancellationToken.None)).IsSaved);
        await References.SaveAsync(
            new ConversationReference
            {
                ServiceUrl = serviceUrl,
                ChannelId = "msteams",
                Conversation = new ConversationAccount { Id = ThreadId, IsGroup = true, ConversationType = ConversationTypes.Channel, TenantId = TenantId },
                Bot = new ChannelAccount { Id = "28:bot", Name = "WorkshopBot" },
                TenantId = TenantId,
            },
            CancellationToken.None);
        return review;
    }

    public async Task RespondAsync(SummaryReview review, int reviewer, Domain.Summaries.ReviewAnswer answer = Domain.Summaries.ReviewAnswer.Akkoord)
    {
        var who = Reviewer(reviewer);
        var result = await Writer.UpdateAsync(review.TrajectId, review.Id, (r, now) => r.Respond(new Actor(who.UserId, who.Name, who.Organisation), answer, answer == Domain.Summaries.ReviewAnswer.Akkoord ? null : "Waarom?", now), CancellationToken.None);
        Assert.True(result.IsSuccess);
    }

    public async Task<SummaryReview> ReloadAsync(SummaryReview review) =>
        (await Store.GetAsync(review.TrajectId, review.Id, CancellationToken.None))!.Value;

    // Recipients of the 1:1 conversations started so far, in order.
    public IReadOnlyList<string> PersonalRecipients() =>
        Recording.CreatedConversations.Select(c => c.Parameters!.Members!.Single().Id!).ToList();

    public static SummaryContent Content(int results, int indicatorsPerResult) => new(
        "Samenvatting",
        "Kwaliteitskompas Jeugd",
        "Werkgroep Zorg",
        Enumerable.Range(1, results).Select(r => new SummaryResult(
            $"result-{r}",
            $"Resultaat {r}: jongeren in de gemeente ervaren meer regie over hun eigen ondersteuning en weten waar ze terechtkunnen",
            "Concept",
            Enumerable.Range(1, indicatorsPerResult).Select(i => new SummaryIndicator(
                $"Indicator {r}.{i}: percentage jongeren dat zich gehoord voelt bij het opstellen van het plan",
                "Tellen",
                "Outcome",
                "Cliëntervaringsonderzoek",
                "62%",
                "75%")).ToList(),
            [])).ToList(),
        [new SummaryActivity("Wijkteams voeren keukentafelgesprekken", ["Gemeente", "Wijkteam"])],
        [new SummaryAgreement("Data", "Halfjaarlijkse rapportage", "Gemeente")],
        [],
        0,
        [new SummaryParticipant("Anna", "Gemeente"), new SummaryParticipant("Bram", "Wijkteam")],
        "https://workshop.example.test/board/werkgroep-1");
}
