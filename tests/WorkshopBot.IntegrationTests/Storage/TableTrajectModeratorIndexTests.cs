using Azure.Data.Tables;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Storage;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// The moderator -> trajecten index behind the werkgroep start card, on Azurite through the real
// registration (AddTableStorage), driven through WorkshopService like the bot does.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableTrajectModeratorIndexTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Person CoModerator = new("oid-comod", "Kees Hulp");
    private static readonly Actor CoModeratorActor = new("oid-comod", "Kees Hulp", null);

    private readonly WorkshopBot.IntegrationTests.RealHost.MovableClock _clock = new();
    private StorageHost? _host;

    private WorkshopService Service => new(_host!.Get<IWorkshopStore>(), TimeProvider.System);

    private ITrajectModeratorIndex Index => _host!.Get<ITrajectModeratorIndex>();

    private TableClient UserWerkgroepen => _host!.Get<TableClientProvider>().GetTableClient(TableNames.UserWerkgroepen);

    public async Task InitializeAsync() => _host = await StorageHost.StartAsync(azurite, _clock);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task ListModeratedByAsync_AfterCreateAndAddModerator_ListsTheTrajectForBothModeratorsOnly()
    {
        await CreateAsync("t-1", "Eenzaamheid 2026");

        await UpdateAsync("t-1", (t, now) => t.AddModerator(TestWorkshop.Moderator, CoModerator, now));

        var forCreator = Assert.Single(await Index.ListModeratedByAsync(TestWorkshop.Moderator.UserId, 20, default));
        Assert.Equal(("t-1", "Eenzaamheid 2026"), (forCreator.Id, forCreator.Name));
        Assert.Equal("t-1", Assert.Single(await Index.ListModeratedByAsync(CoModerator.UserId, 20, default)).Id);
        Assert.Empty(await Index.ListModeratedByAsync("oid-outsider", 20, default));
        Assert.Empty(await _host!.Get<IWerkgroepMembershipIndex>().ListForUserAsync(TestWorkshop.Moderator.UserId, default));
    }

    [Fact]
    public async Task ListModeratedByAsync_ModeratorHandsOver_RowIsDeletedAndSuccessorListed()
    {
        await CreateAsync("t-1", "Eenzaamheid 2026");
        await UpdateAsync("t-1", (t, now) => t.AddModerator(TestWorkshop.Moderator, CoModerator, now));

        await UpdateAsync("t-1", (t, now) => t.HandOverModerator(CoModeratorActor, new Person("oid-next", "Nina Volgend"), now));

        Assert.Empty(await Index.ListModeratedByAsync(CoModerator.UserId, 20, default));
        Assert.Equal(0, await CountRowsAsync("t-1", CoModerator.UserId));
        Assert.Equal("t-1", Assert.Single(await Index.ListModeratedByAsync("oid-next", 20, default)).Id);
        Assert.Single(await Index.ListModeratedByAsync(TestWorkshop.Moderator.UserId, 20, default));
    }

    [Fact]
    public async Task ListModeratedByAsync_ThreeTrajecten_MostRecentlyChangedFirstAndCapped()
    {
        await CreateAsync("t-1", "Eerste");
        await CreateAsync("t-2", "Tweede");
        await CreateAsync("t-3", "Derde");
        await Task.Delay(20);

        await UpdateAsync("t-1", (t, now) => t.AddReviewer(TestWorkshop.Moderator, new Reviewer("29:r", "Rob", "Adviesraad"), now));

        var listed = await Index.ListModeratedByAsync(TestWorkshop.Moderator.UserId, 2, default);
        Assert.Equal(["t-1", "t-3"], listed.Select(t => t.Id));
    }

    [Fact]
    public async Task SaveTrajectAsync_IndexLost_NextSaveAfterHalfAMinuteRebuildsIt()
    {
        await CreateAsync("t-1", "Eenzaamheid 2026");
        await foreach (var entity in UserWerkgroepen.QueryAsync<TableEntity>())
        {
            await UserWerkgroepen.DeleteEntityAsync(entity.PartitionKey, entity.RowKey);
        }

        var before = await Index.ListModeratedByAsync(TestWorkshop.Moderator.UserId, 20, default);
        // Rows deleted behind the app's back: a save repairs them once its copy of the ledger is no longer
        // trusted (a loss the app itself sees, a failed sync, is repaired by the very next save).
        _clock.Advance(TimeSpan.FromMinutes(1));
        await UpdateAsync("t-1", (t, now) => t.AddReviewer(TestWorkshop.Moderator, new Reviewer("29:r", "Rob", "Adviesraad"), now));

        Assert.Empty(before);
        Assert.Single(await Index.ListModeratedByAsync(TestWorkshop.Moderator.UserId, 20, default));
    }

    private async Task<int> CountRowsAsync(string trajectId, string userId)
    {
        int count = 0;
        await foreach (var entity in UserWerkgroepen.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {trajectId}")))
        {
            if (entity.GetString("UserId") == userId)
            {
                count++;
            }
        }

        return count;
    }

    private async Task CreateAsync(string id, string name)
    {
        var created = await Service.CreateTrajectAsync(
            now => Traject.Create(id, name, "Neder-Betuwe", "Eenzaamheid", "tenant-1", null, TestWorkshop.Moderator, now),
            default);
        Assert.True(created.IsSuccess, created.Error?.Code);
    }

    private async Task UpdateAsync(string id, Func<Traject, DateTimeOffset, DomainResult<Change<Traject>>> operation)
    {
        var result = await Service.UpdateTrajectAsync(id, operation, default);
        Assert.True(result.IsSuccess, result.Error?.Code);
    }
}
