using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Application.Monitoring;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Application.Tests.Monitoring;

// A stored werkgroep with a quarterly and a nice-to-know indicator, two activities and two partners,
// over in-memory stores, on Monday 14 December 2026 10:00 Amsterdam time.
internal sealed class MonitoringFixture
{
    public const string Tenant = "tenant-1";
    public const string OwnerChat = "a:1OwnerChatWithBotQ7";

    public static readonly DateTimeOffset Monday10 = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Owner = TestWorkshop.Participant(1, "Welzijn Neder-Betuwe");
    public static readonly Actor Partner = TestWorkshop.Participant(2, "MEE cliëntondersteuning");

    public MonitoringFixture()
    {
        Workshops = new WorkshopService(Store, Clock);
        // Real time for the back-off between conflicting saves (milliseconds); the fake clock is "now".
        Concurrency = new OptimisticConcurrency(new WorkshopWriteOptions(), TimeProvider.System);
        Writer = new MonitoringWriter(Monitoring, Concurrency);
        Handler = new MonitoringCommandHandler(new WerkgroepCommandHandler(Workshops, new InMemoryRunningTimerStore()), Workshops, Writer, Outbox, Clock);
        DueHandler = new DataOwnerDueHandler(Monitoring, Workshops, Outbox, ReminderPolicy.Default, Clock);
    }

    public InMemoryWorkshopStore Store { get; } = new();

    public InMemoryMonitoringStore Monitoring { get; } = new();

    public RecordingDataOwnerOutbox Outbox { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Monday10);

    public WorkshopService Workshops { get; }

    public OptimisticConcurrency Concurrency { get; }

    public MonitoringWriter Writer { get; }

    public MonitoringCommandHandler Handler { get; }

    public DataOwnerDueHandler DueHandler { get; }

    public Werkgroep Werkgroep { get; private set; } = null!;

    public static Indicator Eenzaamheid { get; } = new()
    {
        Id = "ind-eenzaam",
        Name = "Inwoners die zich eenzaam voelen",
        ResultId = "res-ontmoeting",
        Frequency = "per kwartaal",
        OwnerOrganisation = "Welzijn Neder-Betuwe",
        ExistingRegistration = ExistingRegistration.No,
        Need = InformationNeed.NeedToKnow,
        Baseline = "24%",
        Target = "18 %",
        Direction = IndicatorDirection.Down,
        Denominator = "%",
    };

    public static Indicator Bezoekers { get; } = new()
    {
        Id = "ind-bezoek",
        Name = "Bezoekers koffieochtend",
        Frequency = "per jaar",
        OwnerOrganisation = "MEE cliëntondersteuning",
        ExistingRegistration = ExistingRegistration.Yes,
        Need = InformationNeed.NiceToKnow,
    };

    public async Task<Werkgroep> SeedAsync()
    {
        var werkgroep = TestWorkshop.Werkgroep().Join(Owner, TestWorkshop.Now).Ok().Join(Partner, TestWorkshop.Now).Ok() with
        {
            Results = [new Result { Id = "res-ontmoeting", Statement = "Inwoners voelen zich minder eenzaam" }],
            Indicators = [Eenzaamheid, Bezoekers],
            Activities =
            [
                new PlannedActivity { Id = "act-koffie", What = "Koffieochtend in de bibliotheek" },
                new PlannedActivity { Id = "act-coach", What = "Buurtcoach op huisbezoek" },
            ],
        };
        await Store.SaveTrajectAsync(TestWorkshop.Traject(), null, [], CancellationToken.None);
        await Store.SaveWerkgroepAsync(werkgroep, null, [], CancellationToken.None);
        Werkgroep = werkgroep;
        return werkgroep;
    }

    // The moderator makes Owner the data owner of the quarterly indicator from 1 April 2026.
    public Task SeedOwnerAsync() =>
        Handler.ExecuteAsync(
            new Commands.AssignDataOwner(Eenzaamheid.Id, Owner.UserId, "2026-04-01") { CardWerkgroepId = Werkgroep.Id },
            InMeeting(TestWorkshop.Moderator, "op-owner"),
            CancellationToken.None);

    public CommandContext InMeeting(Actor actor, string operationKey, string? tenant = Tenant) =>
        new(new Caller(actor.UserId, actor.DisplayName, tenant, actor.TeamsId), WerkgroepTarget.Conversation(Werkgroep.Conversation!.ConversationId), operationKey, Language.Dutch);

    public static CommandContext InPersonalChat(Actor actor, string operationKey, string? tenant = Tenant) =>
        new(new Caller(actor.UserId, actor.DisplayName, tenant, actor.TeamsId), WerkgroepTarget.Conversation(OwnerChat), operationKey, Language.Dutch);
}
