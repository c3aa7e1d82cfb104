using System.Text.Json;
using Azure.Data.Tables;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Summaries;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Time;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// TableSummaryReviewStore against Azurite: what several app instances sharing one table rely on.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableSummaryReviewStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string TrajectId = "traject-1";
    private const string ScopeId = "werkgroep-1";

    // Monday 23 November 2026, 10:00 in Amsterdam.
    private static readonly DateTimeOffset Monday10 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Moderator = new("aad-marieke", "Marieke de Vries", "Gemeente Neder-Betuwe");
    private static readonly ReminderPolicy Policy = ReminderPolicy.Default;

    private AzuriteTables tables = null!;
    private TableClient table = null!;

    public async Task InitializeAsync()
    {
        tables = azurite.CreateTables();
        table = new TableServiceClient(tables.ConnectionString).GetTableClient(tables.Prefix + TableNames.SummaryReviews);
        await table.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync() => await tables.DisposeAsync();

    [Fact]
    public async Task SaveAsync_TwoVersions_RoundTripAndLatestIsTheNewOne()
    {
        var store = NewStore();
        var v1 = await InsertAsync(store, Published(1, reviewers: 5));
        v1 = await UpdateAsync(store, v1, r => r.Respond(ActorFor(Reviewer(1)), ReviewAnswer.Bezwaar, "Indicator 2 kost ons te veel registratietijd.", Monday10.AddHours(1)).Value);
        v1 = await UpdateAsync(store, v1, r => r.MarkReminded([Reviewer(2).UserId, Reviewer(3).UserId], Monday10.AddHours(2)));
        v1 = await UpdateAsync(store, v1, r => r.MarkUnreachable(Reviewer(4).UserId, Monday10.AddHours(2)));
        var v2 = await InsertAsync(store, Published(2, reviewers: 5));
        v1 = await UpdateAsync(store, v1, r => r.Supersede(2, Moderator, Monday10.AddHours(3)).Value);

        var loadedV1 = await store.GetAsync(TrajectId, v1.Value.Id, default);
        var latest = await store.GetLatestAsync(TrajectId, ScopeId, default);
        var open = await store.ListOpenAsync(default);

        Assert.Equal(Json(v1.Value), Json(loadedV1!.Value));
        Assert.Equal(v1.ETag, loadedV1.ETag);
        Assert.Equal(ReviewState.Superseded, loadedV1.Value.State);
        Assert.Equal("Indicator 2 kost ons te veel registratietijd.", loadedV1.Value.ResponseOf(Reviewer(1).UserId)!.Comment);
        Assert.Equal(2, latest!.Value.Version);
        Assert.Equal(Json(v2.Value), Json(latest.Value));
        Assert.Equal([v2.Value.Id], open.Select(r => r.Value.Id));
    }

    [Fact]
    public async Task SaveAsync_StaleETag_LoserConflictsRetriesAndNothingIsLost()
    {
        var store = NewStore();
        var published = await InsertAsync(store, Published(1, reviewers: 3));
        var readByA = await store.GetAsync(TrajectId, published.Value.Id, default);
        var readByB = await store.GetAsync(TrajectId, published.Value.Id, default);

        var a = readByA!.Value.Respond(ActorFor(Reviewer(1)), ReviewAnswer.Akkoord, null, Monday10.AddMinutes(1)).Value;
        var b = readByB!.Value.Respond(ActorFor(Reviewer(2)), ReviewAnswer.Vraag, "Wie levert de nulmeting?", Monday10.AddMinutes(1)).Value;
        var savedA = await store.SaveAsync(a.Aggregate, readByA.ETag, a.Events, default);
        var savedB = await store.SaveAsync(b.Aggregate, readByB.ETag, b.Events, default);
        var reread = await store.GetAsync(TrajectId, published.Value.Id, default);
        var retry = reread!.Value.Respond(ActorFor(Reviewer(2)), ReviewAnswer.Vraag, "Wie levert de nulmeting?", Monday10.AddMinutes(2)).Value;
        var savedRetry = await store.SaveAsync(retry.Aggregate, reread.ETag, retry.Events, default);

        Assert.True(savedA.IsSaved);
        Assert.Equal(SaveStatus.ConcurrencyConflict, savedB.Status);
        Assert.True(savedRetry.IsSaved);
        var final = (await store.GetAsync(TrajectId, published.Value.Id, default))!.Value;
        Assert.Equal([Reviewer(1).UserId, Reviewer(2).UserId], final.Responses.Select(r => r.ReviewerId).Order());
        var answered = (await store.GetAuditTrailAsync(TrajectId, default)).Where(e => e.Kind == WorkshopEventKinds.ReviewAnswered).ToList();
        Assert.Equal([Reviewer(1).UserId, Reviewer(2).UserId], answered.Select(e => e.ActorId).Order());
        Assert.Equal(answered.Count, answered.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task UpdateAsync_TwentyPartnersAnswerAtOnce_EveryAnswerAndEventKept()
    {
        var store = NewStore();
        var published = await InsertAsync(store, Published(1, reviewers: 20));
        var writer = new SummaryReviewWriter(store, new OptimisticConcurrency(WorkshopWriteOptions.GroupCommit, new SkipAheadTimeProvider(Monday10.AddMinutes(5))));

        // A partner who is told "busy" clicks again, as the card asks them to.
        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            DomainResult<Change<SummaryReview>> result;
            var clicks = 0;
            do
            {
                result = await writer.UpdateAsync(TrajectId, published.Value.Id, (r, now) => r.Respond(ActorFor(Reviewer(i)), ReviewAnswer.Akkoord, null, now), default);
            }
            while (!result.IsSuccess && result.Error!.Code == DomainErrorCodes.TooBusy && ++clicks < 5);
            return result;
        })));

        var busy = results.Count(r => !r.IsSuccess);
        var final = (await store.GetAsync(TrajectId, published.Value.Id, default))!.Value;
        var answered = (await store.GetAuditTrailAsync(TrajectId, default)).Where(e => e.Kind == WorkshopEventKinds.ReviewAnswered).ToList();
        Assert.Equal(0, busy);
        Assert.Equal(20, final.Count(ReviewAnswer.Akkoord));
        Assert.Equal(20, answered.Count);
        Assert.Equal(20, answered.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task SaveAsync_TwoInstancesClaimTheSameReminderRound_OnlyOneSaves()
    {
        var firstInstance = NewStore();
        var secondInstance = NewStore();
        var published = await InsertAsync(firstInstance, Published(1, reviewers: 4));
        var tick = Monday10.AddHours(1);

        // Both instances read the review in the same tick before either claims, as ReminderWorker does.
        using var bothRead = new CountdownEvent(2);
        var claims = await Task.WhenAll(new[] { firstInstance, secondInstance }.Select(store => Task.Run(async () =>
        {
            var row = (await store.ListOpenAsync(default)).Single();
            bothRead.Signal();
            bothRead.Wait(TimeSpan.FromSeconds(10));
            var due = row.Value.DueReminders(tick, Policy);
            var claim = row.Value.MarkReminded(due.Select(r => r.UserId).ToList(), tick);
            Assert.Equal(4, due.Count);
            return await store.SaveAsync(claim.Aggregate, row.ETag, claim.Events, default);
        })));
        var reloaded = (await firstInstance.GetAsync(TrajectId, published.Value.Id, default))!.Value;
        var sent = (await firstInstance.GetAuditTrailAsync(TrajectId, default)).Where(e => e.Kind == WorkshopEventKinds.RemindersSent).ToList();

        Assert.Equal(1, claims.Count(c => c.IsSaved));
        Assert.Equal(1, claims.Count(c => c.Status == SaveStatus.ConcurrencyConflict));
        Assert.All(reloaded.Reminders, m => Assert.Equal(1, m.Count));
        Assert.Equal(4, reloaded.Reminders.Count);
        Assert.Single(sent);
        Assert.Empty(reloaded.DueReminders(tick.AddMinutes(1), Policy));
    }

    [Fact]
    public async Task GetAsync_AfterRestart_NewStoreSeesStateAndCanKeepSaving()
    {
        var beforeRestart = NewStore();
        var published = await InsertAsync(beforeRestart, Published(1, reviewers: 3));
        var tick = Monday10.AddHours(1);
        var claimed = await UpdateAsync(beforeRestart, published, r => r.MarkReminded(r.DueReminders(tick, Policy).Select(x => x.UserId).ToList(), tick));

        var afterRestart = NewStore();
        var reloaded = await afterRestart.GetAsync(TrajectId, published.Value.Id, default);
        var answered = reloaded!.Value.Respond(ActorFor(Reviewer(3)), ReviewAnswer.Akkoord, null, tick.AddMinutes(5)).Value;
        var saved = await afterRestart.SaveAsync(answered.Aggregate, reloaded.ETag, answered.Events, default);

        Assert.Equal(claimed.ETag, reloaded.ETag);
        Assert.Empty(reloaded.Value.DueReminders(tick.AddHours(2), Policy));
        Assert.True(saved.IsSaved);
        Assert.Single((await afterRestart.ListOpenAsync(default)).Single().Value.Responses);
    }

    [Fact]
    public async Task SaveAsync_ThirtyResultsHundredIndicatorsAndHundredComments_FitsOneEntityAndRoundTrips()
    {
        var store = NewStore();
        var review = Published(1, reviewers: 100, BigContent(results: 30, indicatorsPerResult: 100, random: null));
        for (var i = 1; i <= 100; i++)
        {
            review = review.Respond(ActorFor(Reviewer(i)), ReviewAnswer.Bezwaar, Comment(i), Monday10.AddMinutes(i)).Value.Aggregate;
        }

        var saved = await store.SaveAsync(review, null, [], default);
        var loaded = await store.GetAsync(TrajectId, review.Id, default);

        Assert.True(saved.IsSaved);
        Assert.Equal(Json(review), Json(loaded!.Value));
        Assert.Equal(3000, loaded.Value.Content.Results.Sum(r => r.Indicators.Count));
        AssertWithinTableLimits(await RawAsync(review.Id));
    }

    [Fact]
    public async Task SaveAsync_IncompressibleSummary_SplitsOverSeveralPropertiesAndRoundTrips()
    {
        var store = NewStore();
        var review = Published(1, reviewers: 100, BigContent(results: 30, indicatorsPerResult: 40, random: new Random(6)));

        var saved = await store.SaveAsync(review, null, [], default);
        var loaded = await store.GetAsync(TrajectId, review.Id, default);

        Assert.True(saved.IsSaved);
        Assert.Equal(Json(review), Json(loaded!.Value));
        var raw = await RawAsync(review.Id);
        Assert.True(raw.GetInt32("ChunkCount") > 1, $"expected several chunks, got {raw.GetInt32("ChunkCount")}");
        AssertWithinTableLimits(raw);
    }

    // The columns a review row has always had: the entity shares ChunkedJsonRow with the workshop state rows,
    // and the Data columns a row leaves null are not stored.
    [Fact]
    public async Task SaveAsync_SmallReview_StoresItsColumnsAndOneDataChunkOnly()
    {
        var store = NewStore();
        var review = Published(1, reviewers: 3);

        await store.SaveAsync(review, null, [], default);

        var raw = await RawAsync(review.Id);
        var columns = raw.Keys
            .Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp") && !k.StartsWith("odata.", StringComparison.Ordinal) && !k.Contains('@', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["ChunkCount", "Data0", "Format", "ScopeId", "State", "Version"], columns);
        Assert.Equal("json+br/1", raw.GetString("Format"));
    }

    [Fact]
    public async Task GetAuditTrailAsync_ReviewLifecycle_RecordsEveryEventWithIdsButNoCommentText()
    {
        var store = NewStore();
        var published = await InsertAsync(store, Published(1, reviewers: 3));
        var writer = new SummaryReviewWriter(store, new OptimisticConcurrency(WorkshopWriteOptions.GroupCommit, new SkipAheadTimeProvider(Monday10.AddHours(1))));
        var jan = ActorFor(Reviewer(1));
        await writer.UpdateAsync(TrajectId, published.Value.Id, (r, now) => r.Respond(jan, ReviewAnswer.Vraag, "Geheime toelichting van Jan", now), default);
        await writer.UpdateAsync(TrajectId, published.Value.Id, (r, now) => r.Respond(jan, ReviewAnswer.Bezwaar, "Nog geheimer bezwaar", now), default);
        await writer.UpdateAsync(TrajectId, published.Value.Id, (r, now) => r.SetDeadline(Moderator, Monday10.AddDays(10), now), default);
        await writer.UpdateAsync(TrajectId, published.Value.Id, (r, now) => r.MarkUnreachable(Reviewer(2).UserId, now), default);
        await writer.UpdateAsync(TrajectId, published.Value.Id, (r, _) => r.CloseIfDue(Monday10.AddDays(11)), default);
        await InsertAsync(store, Published(2, reviewers: 3));
        await writer.UpdateAsync(TrajectId, published.Value.Id, (r, now) => r.Supersede(2, Moderator, now), default);

        var trail = await NewStore().GetAuditTrailAsync(TrajectId, default);

        var v1 = trail.Where(e => e.AggregateId == published.Value.Id).OrderBy(e => e.Sequence).Select(e => e.Kind).ToList();
        Assert.Equal(
            [
                WorkshopEventKinds.SummaryPublished, WorkshopEventKinds.ReviewDeadlineSet, WorkshopEventKinds.ReviewAnswered,
                WorkshopEventKinds.ReviewAnswerChanged, WorkshopEventKinds.ReviewDeadlineChanged, WorkshopEventKinds.ReviewerUnreachable,
                WorkshopEventKinds.ReviewClosed, WorkshopEventKinds.SummarySuperseded,
            ],
            v1.Where(k => k != WorkshopEventKinds.SummaryPosted));
        Assert.Contains(trail, e => e.AggregateId == Published(2, 3).Id && e.Kind == WorkshopEventKinds.SummaryPublished);
        var answers = trail.Where(e => e.Kind is WorkshopEventKinds.ReviewAnswered or WorkshopEventKinds.ReviewAnswerChanged).ToList();
        Assert.All(answers, e => Assert.Equal((jan.UserId, ""), (e.ActorId, e.ActorName)));
        Assert.Equal(["vraag", "bezwaar"], answers.Select(e => e.Details));
        Assert.Equal(Reviewer(2).UserId, trail.Single(e => e.Kind == WorkshopEventKinds.ReviewerUnreachable).ActorId);
        Assert.DoesNotContain(trail, e => e.Details.Contains("geheim", StringComparison.OrdinalIgnoreCase));
        Assert.All(trail.Zip(trail.Skip(1)), pair => Assert.True(pair.First.At <= pair.Second.At));
    }

    private TableSummaryReviewStore NewStore() =>
        new(new TableServiceClient(tables.ConnectionString).GetTableClient(tables.Prefix + TableNames.SummaryReviews));

    private async Task<TableEntity> RawAsync(string reviewId) => (await table.GetEntityAsync<TableEntity>(TrajectId, reviewId)).Value;

    // Table storage: at most 64 KiB per binary or string property, 1 MiB per entity.
    private static void AssertWithinTableLimits(TableEntity raw)
    {
        long total = 0;
        foreach (var (name, value) in raw)
        {
            var size = value switch
            {
                byte[] bytes => bytes.Length,
                BinaryData data => data.ToArray().Length,
                string text => text.Length * 2,
                _ => 8,
            };
            Assert.True(size <= 64 * 1024, $"{name} holds {size} bytes");
            total += size + (name.Length * 2);
        }

        Assert.True(total < 1024 * 1024, $"the entity holds {total} bytes");
    }

    private static async Task<Versioned<SummaryReview>> InsertAsync(ISummaryReviewStore store, SummaryReview review)
    {
        var saved = await store.SaveAsync(review, null, Events(review), default);
        Assert.True(saved.IsSaved, saved.Status.ToString());
        return new Versioned<SummaryReview>(review, saved.ETag!);
    }

    private static async Task<Versioned<SummaryReview>> UpdateAsync(ISummaryReviewStore store, Versioned<SummaryReview> current, Func<SummaryReview, Change<SummaryReview>> apply)
    {
        var change = apply(current.Value);
        Assert.True(change.HasChanges);
        var saved = await store.SaveAsync(change.Aggregate, current.ETag, change.Events, default);
        Assert.True(saved.IsSaved, saved.Status.ToString());
        return new Versioned<SummaryReview>(change.Aggregate, saved.ETag!);
    }

    // The events a publication produces (publish, deadline, card), as SummaryPublisher saves them.
    private static IReadOnlyList<WorkshopEvent> Events(SummaryReview review)
    {
        var fresh = Publish(review.Version, review.Reviewers, review.Content);
        var deadline = fresh.Aggregate.SetDeadline(Moderator, Monday10.AddDays(7), Monday10).Value;
        var posted = deadline.Aggregate.AttachCard(new PostedCard("19:grotegroep@thread.tacv2", $"activity-{review.Version}", "https://smba.example.test/emea/"));
        return [.. fresh.Events, .. deadline.Events, .. posted.Events];
    }

    private static SummaryReview Published(int version, int reviewers, SummaryContent? content = null)
    {
        var list = Enumerable.Range(1, reviewers).Select(Reviewer).ToList();
        var fresh = Publish(version, list, content ?? BigContent(results: 2, indicatorsPerResult: 2, random: null));
        return fresh.Aggregate.SetDeadline(Moderator, Monday10.AddDays(7), Monday10).Value.Aggregate
            .AttachCard(new PostedCard("19:grotegroep@thread.tacv2", $"activity-{version}", "https://smba.example.test/emea/")).Aggregate;
    }

    private static Change<SummaryReview> Publish(int version, IReadOnlyList<Reviewer> reviewers, SummaryContent content) =>
        SummaryReview.Publish(TrajectId, ScopeId, version, content, Moderator, [new Person(Moderator.UserId, Moderator.DisplayName)], reviewers, Monday10).Value;

    private static Reviewer Reviewer(int i) => new($"aad-partner-{i:D3}", $"Partner {i}", $"Organisatie {i % 7}");

    private static Actor ActorFor(Reviewer reviewer) => new(reviewer.UserId, reviewer.Name, reviewer.Organisation);

    private static string Comment(int i) =>
        string.Concat(Enumerable.Repeat($"Partner {i}: de indicator meet wat wij doen, niet wat inwoners merken. ", 16))[..SummaryReview.MaxCommentLength];

    private static SummaryContent BigContent(int results, int indicatorsPerResult, Random? random)
    {
        string Text(string plain) => random is null ? plain : Convert.ToBase64String(Enumerable.Range(0, plain.Length).Select(_ => (byte)random.Next(256)).ToArray());

        return new SummaryContent(
            "Samenvatting",
            "Kwaliteitskompas Jeugd",
            "Werkgroep Zorg",
            Enumerable.Range(1, results).Select(r => new SummaryResult(
                $"result-{r}",
                Text($"Resultaat {r}: jongeren in de gemeente ervaren meer regie over hun eigen ondersteuning en weten waar ze terechtkunnen"),
                "Concept",
                Enumerable.Range(1, indicatorsPerResult).Select(i => new SummaryIndicator(
                    Text($"Indicator {r}.{i}: percentage jongeren dat zich gehoord voelt bij het opstellen van het plan"),
                    "Tellen",
                    "Outcome",
                    Text("Cliëntervaringsonderzoek"),
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

    private static string Json(SummaryReview review) => JsonSerializer.Serialize(review);
}
