using System.Text.Json;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using Xunit;

namespace WorkshopBot.TestKit.Domain;

// The behaviour every IWorkshopStore must have. Derive per implementation (in-memory in Domain.Tests,
// Table storage against Azurite in IntegrationTests) and supply the store.
public abstract class WorkshopStoreContract : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly string _run = Guid.NewGuid().ToString("N")[..10];
    private IWorkshopStore? _store;

    protected IWorkshopStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveTrajectAsync_Insert_RoundTripsEveryField()
    {
        var traject = TestWorkshop.Traject(Id("t"), new ChannelRef(Id("19:grote-groep"), "https://smba.example/emea/", "team-1", "Algemeen"));
        traject = traject with
        {
            Ambitions = [new Ambition("a-1", "Minder eenzaamheid onder ouderen", [new SubGoal("s-1", "Meer ontmoeting in de wijk")])],
        };
        traject = traject.AddReviewer(TestWorkshop.Moderator, new Reviewer("29:r", "Rob", "Adviesraad"), TestWorkshop.Now).Ok();

        var saved = await Store.SaveTrajectAsync(traject, null, [], default);
        var loaded = await Store.GetTrajectAsync(traject.Id, default);

        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.NotNull(loaded);
        Assert.Equal(saved.ETag, loaded.ETag);
        Assert.Equal(Serialize(traject), Serialize(loaded.Value));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_Insert_RoundTripsBoard()
    {
        var werkgroep = BusyWerkgroep(Id("w"), Id("t"));

        var saved = await Store.SaveWerkgroepAsync(werkgroep, null, [], default);
        var loaded = await Store.GetWerkgroepAsync(werkgroep.Id, default);

        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.NotNull(loaded);
        Assert.Equal(Serialize(werkgroep), Serialize(loaded.Value));
        Assert.Equal(2, loaded.Value.NotesInStep(3)[0].VoteCount);
    }

    [Fact]
    public async Task GetAsync_UnknownIds_ReturnNull()
    {
        var werkgroep = TestWorkshop.Werkgroep(Id("w"), Id("t"));
        await Store.SaveWerkgroepAsync(werkgroep, null, [], default);

        Assert.Null(await Store.GetWerkgroepAsync(Id("missing"), default));
        Assert.Null(await Store.GetTrajectAsync(Id("missing"), default));
        Assert.Null(await Store.GetTrajectAsync(werkgroep.Id, default));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_StaleETag_ReturnsConcurrencyConflictAndKeepsWinner()
    {
        var first = TestWorkshop.Werkgroep(Id("w"), Id("t"));
        var inserted = await Store.SaveWerkgroepAsync(first, null, [], default);
        var winner = first.WithOpenStep(3);
        var loser = first.WithOpenStep(4);

        var winnerSave = await Store.SaveWerkgroepAsync(winner, inserted.ETag, [], default);
        var loserSave = await Store.SaveWerkgroepAsync(loser, inserted.ETag, [], default);
        var stored = await Store.GetWerkgroepAsync(first.Id, default);

        Assert.Equal(SaveStatus.Saved, winnerSave.Status);
        Assert.NotEqual(inserted.ETag, winnerSave.ETag);
        Assert.Equal(SaveStatus.ConcurrencyConflict, loserSave.Status);
        Assert.Equal(StepStatus.Open, stored!.Value.StepStateOf(3).Status);
        Assert.Equal(StepStatus.Closed, stored.Value.StepStateOf(4).Status);
        Assert.Equal(winnerSave.ETag, stored.ETag);
    }

    [Fact]
    public async Task SaveTrajectAsync_StaleETag_ReturnsConcurrencyConflict()
    {
        var traject = TestWorkshop.Traject(Id("t"));
        var inserted = await Store.SaveTrajectAsync(traject, null, [], default);
        var changed = traject.AddReviewer(TestWorkshop.Moderator, new Reviewer("29:r", "Rob", "Adviesraad"), TestWorkshop.Now).Ok();
        await Store.SaveTrajectAsync(changed, inserted.ETag, [], default);

        var stale = await Store.SaveTrajectAsync(changed, inserted.ETag, [], default);

        Assert.Equal(SaveStatus.ConcurrencyConflict, stale.Status);
    }

    [Fact]
    public async Task SaveWerkgroepAsync_ETagOfMissingWerkgroep_ReturnsConcurrencyConflict()
    {
        var other = TestWorkshop.Werkgroep(Id("w-other"), Id("t"));
        var otherSave = await Store.SaveWerkgroepAsync(other, null, [], default);

        var result = await Store.SaveWerkgroepAsync(TestWorkshop.Werkgroep(Id("w"), Id("t")), otherSave.ETag, [], default);

        Assert.Equal(SaveStatus.ConcurrencyConflict, result.Status);
        Assert.Null(await Store.GetWerkgroepAsync(Id("w"), default));
    }

    [Fact]
    public async Task SaveAsync_InsertTwice_ReturnsAlreadyExists()
    {
        var werkgroep = TestWorkshop.Werkgroep(Id("w"), Id("t"));
        var traject = TestWorkshop.Traject(Id("t"));
        await Store.SaveWerkgroepAsync(werkgroep, null, [], default);
        await Store.SaveTrajectAsync(traject, null, [], default);

        var werkgroepAgain = await Store.SaveWerkgroepAsync(werkgroep.WithOpenStep(2), null, [], default);
        var trajectAgain = await Store.SaveTrajectAsync(traject, null, [], default);

        Assert.Equal(SaveStatus.AlreadyExists, werkgroepAgain.Status);
        Assert.Equal(SaveStatus.AlreadyExists, trajectAgain.Status);
        Assert.Equal(StepStatus.Closed, (await Store.GetWerkgroepAsync(werkgroep.Id, default))!.Value.StepStateOf(2).Status);
    }

    [Fact]
    public async Task FindWerkgroepIdByConversationAsync_AfterInsert_FindsIdEvenWithReservedCharacters()
    {
        string conversationId = Id("19:abc/def\\ghi#jkl?mno@thread.v2");
        var werkgroep = TestWorkshop.Werkgroep(Id("w"), Id("t"), conversationId);
        await Store.SaveWerkgroepAsync(werkgroep, null, [], default);

        Assert.Equal(werkgroep.Id, await Store.FindWerkgroepIdByConversationAsync(conversationId, default));
        Assert.Null(await Store.FindWerkgroepIdByConversationAsync(Id("19:unknown"), default));
        Assert.Null(await Store.FindTrajectIdByConversationAsync(conversationId, default));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_ConversationOfAnotherWerkgroep_ReturnsAlreadyExists()
    {
        string conversationId = Id("19:shared");
        await Store.SaveWerkgroepAsync(TestWorkshop.Werkgroep(Id("w-1"), Id("t"), conversationId), null, [], default);

        var second = await Store.SaveWerkgroepAsync(TestWorkshop.Werkgroep(Id("w-2"), Id("t"), conversationId), null, [], default);

        Assert.Equal(SaveStatus.AlreadyExists, second.Status);
        Assert.Equal(Id("w-1"), await Store.FindWerkgroepIdByConversationAsync(conversationId, default));
        Assert.Null(await Store.GetWerkgroepAsync(Id("w-2"), default));
    }

    [Fact]
    public async Task FindTrajectIdByConversationAsync_LargeGroupChannel_FindsTraject()
    {
        string channelId = Id("19:grote-groep@thread.tacv2");
        var traject = TestWorkshop.Traject(Id("t"));
        var inserted = await Store.SaveTrajectAsync(traject, null, [], default);
        var withChannel = traject with { LargeGroupChannel = new ChannelRef(channelId, "https://smba.example/"), Version = traject.Version + 1 };

        await Store.SaveTrajectAsync(withChannel, inserted.ETag, [], default);

        Assert.Equal(traject.Id, await Store.FindTrajectIdByConversationAsync(channelId, default));
        Assert.Null(await Store.FindWerkgroepIdByConversationAsync(channelId, default));
    }

    [Fact]
    public async Task ListWerkgroepenAsync_TwoTrajecten_ListsOnlyOwnWerkgroepen()
    {
        await Store.SaveWerkgroepAsync(TestWorkshop.Werkgroep(Id("w-b"), Id("t-1")), null, [], default);
        await Store.SaveWerkgroepAsync(TestWorkshop.Werkgroep(Id("w-a"), Id("t-1")), null, [], default);
        await Store.SaveWerkgroepAsync(TestWorkshop.Werkgroep(Id("w-c"), Id("t-2")), null, [], default);

        var list = await Store.ListWerkgroepenAsync(Id("t-1"), default);

        Assert.Equal([Id("w-a"), Id("w-b")], list.Select(w => w.Id).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task GetAuditTrailAsync_TrajectAndWerkgroepChanges_ReturnsAllEventsInOrder()
    {
        var created = Traject.Create(Id("t"), "Armoede", "Tiel", "Armoede", "tenant-1", null, TestWorkshop.Moderator, TestWorkshop.Now).Value;
        await Store.SaveTrajectAsync(created.Aggregate, null, created.Events, default);
        var started = Werkgroep.Start(created.Aggregate, Id("w"), "Schulden", new ConversationBinding(Id("19:c"), ConversationKind.GroupChat), TestWorkshop.Moderator, TestWorkshop.Now.AddMinutes(1)).Value;
        var inserted = await Store.SaveWerkgroepAsync(started.Aggregate, null, started.Events, default);
        var opened = started.Aggregate.OpenStep(TestWorkshop.Moderator, 3, TestWorkshop.Now.AddMinutes(2)).Value;
        var notes = opened.Aggregate.AddNotes(TestWorkshop.Participant(1), "b1", 3, ["Inloop", "Budgetcafé"], TestWorkshop.Now.AddMinutes(3)).Value;
        var afterOpen = await Store.SaveWerkgroepAsync(opened.Aggregate, inserted.ETag, opened.Events, default);
        await Store.SaveWerkgroepAsync(notes.Aggregate, afterOpen.ETag, notes.Events, default);

        var trail = await Store.GetAuditTrailAsync(Id("t"), default);

        Assert.Equal(
            [WorkshopEventKinds.TrajectCreated, WorkshopEventKinds.WerkgroepStarted, WorkshopEventKinds.StepOpened,
             WorkshopEventKinds.MemberJoined, WorkshopEventKinds.NoteAdded, WorkshopEventKinds.NoteAdded],
            trail.Select(e => e.Kind).ToArray());
        Assert.Equal([1, 1, 2, 3, 3, 3], trail.Select(e => e.Sequence).ToArray());
        Assert.Equal(Serialize(notes.Events), Serialize(trail.Skip(3).ToArray()));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_Conflict_WritesNoEvents()
    {
        var started = Werkgroep.Start(TestWorkshop.Traject(Id("t")), Id("w"), "Jeugd", new ConversationBinding(Id("19:c"), ConversationKind.Channel), TestWorkshop.Moderator, TestWorkshop.Now).Value;
        var inserted = await Store.SaveWerkgroepAsync(started.Aggregate, null, started.Events, default);
        var winner = started.Aggregate.OpenStep(TestWorkshop.Moderator, 2, TestWorkshop.Now).Value;
        var loser = started.Aggregate.OpenStep(TestWorkshop.Moderator, 5, TestWorkshop.Now).Value;
        await Store.SaveWerkgroepAsync(winner.Aggregate, inserted.ETag, winner.Events, default);

        var result = await Store.SaveWerkgroepAsync(loser.Aggregate, inserted.ETag, loser.Events, default);
        var trail = await Store.GetAuditTrailAsync(Id("t"), default);

        Assert.Equal(SaveStatus.ConcurrencyConflict, result.Status);
        Assert.Equal(["step 2"], trail.Where(e => e.Kind == WorkshopEventKinds.StepOpened).Select(e => e.Details).ToArray());
    }

    // Random text keeps the compressed board well above one 64 KiB chunk, so splitting is exercised.
    [Fact]
    public async Task SaveWerkgroepAsync_LargeBoardOf2000Notes_RoundTrips()
    {
        var werkgroep = TestWorkshop.Werkgroep(Id("w"), Id("t")).WithOpenStep(3);
        for (int person = 1; person <= 10; person++)
        {
            var actor = TestWorkshop.Participant(person, $"Organisatie {person % 4}");
            for (int batch = 0; batch < 4; batch++)
            {
                var lines = Enumerable.Range(1, 50)
                    .Select(i => $"Idee {person}-{batch}-{i}: koffieochtend met buurtbewoners in de wijk, ook voor mantelzorgers {string.Concat(Enumerable.Range(0, 6).Select(_ => Guid.NewGuid().ToString("N")))}")
                    .ToArray();
                werkgroep = werkgroep.AddNotes(actor, $"b{person}-{batch}", 3, lines, TestWorkshop.Now).Ok();
            }
        }

        var saved = await Store.SaveWerkgroepAsync(werkgroep, null, [], default);
        var loaded = await Store.GetWerkgroepAsync(werkgroep.Id, default);

        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.Equal(2_000, loaded!.Value.NotesInStep(3).Count);
        Assert.Equal(Serialize(werkgroep), Serialize(loaded.Value));
    }

    protected abstract Task<IWorkshopStore> CreateStoreAsync();

    // Ids unique per test run, so tests can share a store (and an Azurite instance) without seeing each other.
    protected string Id(string name) => $"{name}-{_run}";

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static Werkgroep BusyWerkgroep(string id, string trajectId)
    {
        var moderator = TestWorkshop.Moderator;
        var anna = TestWorkshop.Participant(1, "Welzijn Rivierenland");
        var bram = TestWorkshop.Participant(2, "Gemeente Neder-Betuwe");
        var now = TestWorkshop.Now;
        var werkgroep = TestWorkshop.Werkgroep(id, trajectId).WithOpenStep(3).WithOpenStep(5);
        werkgroep = werkgroep.AddNote(anna, "n-1", 3, "Koffieochtenden in het dorpshuis", now).Ok();
        werkgroep = werkgroep.AddNote(bram, "n-2", 3, "Maatjesproject voor ouderen — \"samen op pad\"", now.AddMinutes(1)).Ok();
        werkgroep = werkgroep.AddNote(bram, "n-3", 3, "Koffie-ochtend dorpshuis", now.AddMinutes(2)).Ok();
        werkgroep = werkgroep.StartVoting(moderator, 3, 3, now).Ok();
        werkgroep = werkgroep.Vote(anna, "n-2", now).Ok();
        werkgroep = werkgroep.Vote(bram, "n-2", now).Ok();
        werkgroep = werkgroep.Vote(bram, "n-3", now).Ok();
        werkgroep = werkgroep.MergeNotes(moderator, "n-1", ["n-3"], now).Ok();
        werkgroep = werkgroep.SetCluster(moderator, "n-1", "Ontmoeting", now).Ok();
        werkgroep = werkgroep.StartTimer(moderator, 10, now).Ok();
        werkgroep = werkgroep.PromoteToActivity(moderator, "n-2", "act-1", now).Ok();
        werkgroep = werkgroep.ProposeResult(anna, "r-1", WorkshopBot.Domain.Items.ResultLevel.Voorziening, new() { Statement = "Over 3 jaar voelen deelnemers zich minder eenzaam", Horizon = "2029" }, now).Ok();
        werkgroep = werkgroep.ProposeIndicator(anna, "i-1", 5, new() { Name = "Ervaren eenzaamheid", ResultId = "r-1", IndicatorKind = WorkshopBot.Domain.Items.IndicatorKind.Vertellen }, now).Ok();
        return werkgroep.ProposeQualityAgreement(bram, "q-1", new() { Description = "Vrijwilligers volgen training", ConditionKind = WorkshopBot.Domain.Items.ConditionKind.Training }, now).Ok();
    }
}
