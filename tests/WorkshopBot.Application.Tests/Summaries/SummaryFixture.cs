using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Summaries;

namespace WorkshopBot.Application.Tests.Summaries;

// The summary handlers over the TestKit's in-memory stores, a fake clock (back-off waits fire at once)
// and a recording outbox. The traject's large group meets in LargeGroup; the werkgroep in its meeting chat.
internal sealed class SummaryFixture
{
    public const string LargeGroup = "19:grotegroep@thread.tacv2";
    public const string Tenant = "tenant-1";

    public SummaryFixture()
    {
        Reviews = new ConflictingSummaryReviewStore(Memory);
        var concurrency = new OptimisticConcurrency(WorkshopWriteOptions.GroupCommit, new InstantTimers(Clock));
        Workshops = new WorkshopService(Store, Clock);
        Writer = new SummaryReviewWriter(Reviews, concurrency);
        Publisher = new SummaryPublishHandler(
            Workshops,
            new WerkgroepCommandHandler(Workshops, new InMemoryRunningTimerStore()),
            new TrajectCommandHandler(Workshops),
            Reviews,
            Writer,
            concurrency,
            new NoBoard(),
            new ReviewPeriod(TimeSpan.FromDays(7)),
            Clock);
        Handler = new ReviewCommandHandler(Reviews, Writer);
    }

    public InMemoryWorkshopStore Store { get; } = new();

    public InMemorySummaryReviewStore Memory { get; } = new();

    public ConflictingSummaryReviewStore Reviews { get; }

    public FakeTimeProvider Clock { get; } = new(TestWorkshop.Now);

    public RecordingOutbox Outbox { get; } = new();

    public WorkshopService Workshops { get; }

    public SummaryReviewWriter Writer { get; }

    public SummaryPublishHandler Publisher { get; }

    public ReviewCommandHandler Handler { get; }

    public string WerkgroepConversation => TestWorkshop.Werkgroep().Conversation!.ConversationId;

    public static Actor Partner(int number) => TestWorkshop.Participant(number);

    public async Task SeedAsync()
    {
        await Store.SaveTrajectAsync(TestWorkshop.Traject(largeGroupChannel: new ChannelRef(LargeGroup, "https://smba.example.test/")), null, [], CancellationToken.None);
        await Store.SaveWerkgroepAsync(TestWorkshop.Werkgroep(), null, [], CancellationToken.None);
    }

    // Published by the moderator from the werkgroep's chat, in its own thread of the large group, whose
    // roster lists partners 1 to 20 (they become the review's reviewers).
    public async Task<SummaryReview> PublishedAsync()
    {
        await SeedAsync();
        Outbox.Members.AddRange(Enumerable.Range(1, 20).Select(i => Partner(i)).Select(p => new RosterMember(p.UserId, null, p.DisplayName)));
        var published = await Publisher.PublishAsync(new(null), InWerkgroep(TestWorkshop.Moderator), CancellationToken.None);
        return published.Value!;
    }

    public SummaryContext InWerkgroep(Actor actor, string? tenant = Tenant) =>
        new(new Caller(actor.UserId, actor.DisplayName, tenant), WerkgroepConversation, Language.Dutch, Outbox);

    // A click on the summary card in its thread (the conversation id without ";messageid=").
    public SummaryContext InThread(Actor actor) =>
        new(new Caller(actor.UserId, actor.DisplayName, Tenant), LargeGroup, Language.Dutch, Outbox);

    public SummaryContext InPersonalChat(Actor actor) =>
        new(new Caller(actor.UserId, actor.DisplayName, Tenant), $"a:personal-{actor.UserId}", Language.Dutch, Outbox) { PersonalChat = true };

    public SummaryContext In(string conversationId, Actor actor) =>
        new(new Caller(actor.UserId, actor.DisplayName, Tenant), conversationId, Language.Dutch, Outbox);

    public async Task<SummaryReview> ReloadAsync(SummaryReview review) =>
        (await Memory.GetAsync(review.TrajectId, review.Id, CancellationToken.None))!.Value;

    public static string IdOf(SummaryReview review) => SummaryCardIds.Format(review.TrajectId, review.Id);

    private sealed class NoBoard : IBoardLinks
    {
        public string? Board(string werkgroepId) => null;
    }
}
