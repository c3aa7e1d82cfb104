using Azure.Data.Tables;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// The user -> werkgroepen index behind the tab configuration page, on Azurite through the real
// registration (AddTableStorage), driven the way the app drives it: WorkshopService with ETag retries.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableMembershipIndexTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Actor CoModerator = new("oid-comod", "Kees Hulp", "Gemeente Neder-Betuwe");
    private static readonly Actor Outsider = new("oid-outsider", "Olaf Buiten", "Elders");

    private readonly WorkshopBot.IntegrationTests.RealHost.MovableClock _clock = new();
    private StorageHost? _host;

    private WorkshopService Service => new(_host!.Get<IWorkshopStore>(), TimeProvider.System);

    private IWerkgroepMembershipIndex Index => _host!.Get<IWerkgroepMembershipIndex>();

    private TableClient UserWerkgroepen => _host!.Get<TableClientProvider>().GetTableClient(TableNames.UserWerkgroepen);

    public async Task InitializeAsync() => _host = await StorageHost.StartAsync(azurite, _clock);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task ListForUserAsync_AfterStart_ListsTheWerkgroepForItsModerators()
    {
        await CreateTrajectAsync();

        await StartAsync("w-1", "Werkgroep Ontmoeting");

        var moderator = Assert.Single(await Index.ListForUserAsync(TestWorkshop.Moderator.UserId, default));
        Assert.Equal(("w-1", "Werkgroep Ontmoeting", "t-1", "tenant-1", WerkgroepRole.Moderator), (moderator.WerkgroepId, moderator.WerkgroepName, moderator.TrajectId, moderator.TenantId, moderator.Role));
        var stored = await Service.GetWerkgroepAsync("w-1", default);
        Assert.Equal(stored!.UpdatedAt, moderator.LastChangedAt);
        Assert.Equal(WerkgroepRole.Moderator, Assert.Single(await Index.ListForUserAsync(CoModerator.UserId, default)).Role);
        Assert.Empty(await Index.ListForUserAsync(Outsider.UserId, default));
    }

    [Fact]
    public async Task ListForUserAsync_ParticipantJoinsTwoWerkgroepen_ListsBothAsMember()
    {
        await CreateTrajectAsync();
        await StartAsync("w-1", "Werkgroep Ontmoeting");
        await StartAsync("w-2", "Werkgroep Mantelzorg");
        var participant = TestWorkshop.Participant(1);

        await UpdateAsync("w-1", (w, now) => w.Join(participant, now));
        await UpdateAsync("w-2", (w, now) => w.Join(participant, now));

        var memberships = await Index.ListForUserAsync(participant.UserId, default);
        Assert.Equal(["w-1", "w-2"], memberships.Select(m => m.WerkgroepId).Order());
        Assert.All(memberships, m => Assert.Equal(WerkgroepRole.Member, m.Role));
    }

    [Fact]
    public async Task ListForUserAsync_TrajectModeratorHandsOverAndLeaves_RowIsDeletedAndRolesFollow()
    {
        await CreateTrajectAsync();
        await StartAsync("w-1", "Werkgroep Ontmoeting");
        var participant = TestWorkshop.Participant(1);
        await UpdateAsync("w-1", (w, now) => w.Join(participant, now));

        await UpdateAsync("w-1", (w, now) => w.HandOverModerator(CoModerator, participant.UserId, now));

        Assert.Empty(await Index.ListForUserAsync(CoModerator.UserId, default));
        Assert.Empty(await RowsAsync(CoModerator.UserId));
        Assert.Equal(WerkgroepRole.Moderator, Assert.Single(await Index.ListForUserAsync(participant.UserId, default)).Role);
        Assert.Equal(WerkgroepRole.Moderator, Assert.Single(await Index.ListForUserAsync(TestWorkshop.Moderator.UserId, default)).Role);
    }

    [Fact]
    public async Task ListForUserAsync_StaleRowTheWerkgroepContradicts_IsSkippedAndRemoved()
    {
        await CreateTrajectAsync();
        await StartAsync("w-1", "Werkgroep Ontmoeting");
        var stale = await RowsAsync(TestWorkshop.Moderator.UserId);
        var row = Assert.Single(stale);
        row.PartitionKey = PartitionOf(Outsider.UserId);
        row["UserId"] = Outsider.UserId;
        await UserWerkgroepen.UpsertEntityAsync(row, TableUpdateMode.Replace);

        var listed = await Index.ListForUserAsync(Outsider.UserId, default);

        Assert.Empty(listed);
        Assert.Empty(await RowsAsync(Outsider.UserId));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_IndexLostForAnExistingWerkgroep_NextSaveAfterHalfAMinuteRebuildsIt()
    {
        await CreateTrajectAsync();
        await StartAsync("w-1", "Werkgroep Ontmoeting");
        var participant = TestWorkshop.Participant(1);
        await UpdateAsync("w-1", (w, now) => w.Join(participant, now));
        await foreach (var entity in UserWerkgroepen.QueryAsync<TableEntity>())
        {
            await UserWerkgroepen.DeleteEntityAsync(entity.PartitionKey, entity.RowKey);
        }

        var before = await Index.ListForUserAsync(participant.UserId, default);
        // Rows deleted behind the app's back: a save repairs them once its copy of the ledger is no longer
        // trusted (a loss the app itself sees, a failed sync, is repaired by the very next save).
        _clock.Advance(TimeSpan.FromMinutes(1));
        await UpdateAsync("w-1", (w, now) => w.OpenStep(TestWorkshop.Moderator, 3, now));

        Assert.Empty(before);
        Assert.Equal("w-1", Assert.Single(await Index.ListForUserAsync(participant.UserId, default)).WerkgroepId);
        Assert.Single(await Index.ListForUserAsync(TestWorkshop.Moderator.UserId, default));
    }

    [Fact]
    public async Task SaveWerkgroepAsync_TenParticipantsJoinAtOnce_EveryOneIsIndexedOnce()
    {
        await CreateTrajectAsync();
        await StartAsync("w-1", "Werkgroep Ontmoeting");
        var participants = Enumerable.Range(1, 10).Select(i => TestWorkshop.Participant(i)).ToArray();
        var service = Service;

        var results = await Task.WhenAll(participants.Select(p => Task.Run(() =>
            service.UpdateWerkgroepAsync("w-1", (w, now) => w.Join(p, now), default))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        foreach (var participant in participants)
        {
            Assert.Equal(WerkgroepRole.Member, Assert.Single(await Index.ListForUserAsync(participant.UserId, default)).Role);
            Assert.Single(await RowsAsync(participant.UserId));
        }
    }

    [Fact]
    public async Task SaveWerkgroepAsync_UserIdWithCharactersTableKeysForbid_IsStillFound()
    {
        await CreateTrajectAsync();
        await StartAsync("w-1", "Werkgroep Ontmoeting");
        var odd = new Actor("29:a/b#c?d\\e", "Rare Sleutel", null);

        await UpdateAsync("w-1", (w, now) => w.Join(odd, now));

        Assert.Equal("w-1", Assert.Single(await Index.ListForUserAsync(odd.UserId, default)).WerkgroepId);
    }

    // A user's rows live in one partition of UserWerkgroepen, keyed by the base64url of the user id.
    private async Task<IReadOnlyList<TableEntity>> RowsAsync(string userId)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in UserWerkgroepen.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(userId)}")))
        {
            rows.Add(entity);
        }

        return rows;
    }

    private static string PartitionOf(string userId) =>
        "uc-" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(userId)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task CreateTrajectAsync()
    {
        var created = await Service.CreateTrajectAsync(
            now => Traject.Create("t-1", "Eenzaamheid 2026", "Neder-Betuwe", "Eenzaamheid", "tenant-1", null, TestWorkshop.Moderator, now),
            default);
        Assert.True(created.IsSuccess, created.Error?.Code);
        var added = await Service.UpdateTrajectAsync(
            "t-1",
            (t, now) => t.AddModerator(TestWorkshop.Moderator, new Person(CoModerator.UserId, CoModerator.DisplayName), now),
            default);
        Assert.True(added.IsSuccess, added.Error?.Code);
    }

    private async Task StartAsync(string id, string name)
    {
        var started = await Service.StartWerkgroepAsync(
            "t-1",
            (traject, now) => Werkgroep.Start(traject, id, name, new ConversationBinding($"19:meeting_{id}@thread.v2", ConversationKind.Meeting), TestWorkshop.Moderator, now),
            default);
        Assert.True(started.IsSuccess, started.Error?.Code);
    }

    private async Task UpdateAsync(string id, Func<Werkgroep, DateTimeOffset, DomainResult<Change<Werkgroep>>> operation)
    {
        var result = await Service.UpdateWerkgroepAsync(id, operation, default);
        Assert.True(result.IsSuccess, result.Error?.Code);
    }
}
