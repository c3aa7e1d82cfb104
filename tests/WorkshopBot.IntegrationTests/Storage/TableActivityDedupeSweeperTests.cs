using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Protocol;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableActivityDedupeSweeperTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private AzuriteTables _tables = null!;
    private TableClient _table = null!;

    public async Task InitializeAsync()
    {
        _tables = azurite.CreateTables();
        _table = Table();
        await _table.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync() => await _tables.DisposeAsync();

    [Fact]
    public async Task SweepAsync_RowsOlderThanTheCutoff_AreDeletedAndNewerOnesStillDedupe()
    {
        var deduplicator = new TableActivityDeduplicator(_table, TimeProvider.System);
        await deduplicator.TryClaimAsync("19:c", "old-activity", default);
        await deduplicator.CompleteAsync("19:c", "old-activity", null, default);
        var cutoff = (await WrittenAtAsync()).Max().AddMilliseconds(50);
        await Task.Delay(300);
        await deduplicator.TryClaimAsync("19:c", "new-activity", default);
        await deduplicator.CompleteAsync("19:c", "new-activity", null, default);

        int deleted = await new TableActivityDedupeSweeper(_table, TimeProvider.System).SweepAsync(cutoff, 100, default);

        Assert.Equal(1, deleted);
        Assert.Single(await WrittenAtAsync());
        Assert.Equal(DeduplicationStatus.Completed, (await deduplicator.TryClaimAsync("19:c", "new-activity", default)).Status);
        Assert.True((await deduplicator.TryClaimAsync("19:c", "old-activity", default)).IsClaimed);
    }

    [Fact]
    public async Task SweepAsync_MoreOldRowsThanTheBound_DeletesOnlyTheBound()
    {
        var deduplicator = new TableActivityDeduplicator(_table, TimeProvider.System);
        for (int i = 0; i < 5; i++)
        {
            await deduplicator.TryClaimAsync("19:c", $"activity-{i}", default);
        }

        int deleted = await new TableActivityDedupeSweeper(_table, TimeProvider.System).SweepAsync(DateTimeOffset.UtcNow.AddMinutes(1), 3, default);

        Assert.Equal(3, deleted);
        Assert.Equal(2, (await WrittenAtAsync()).Count);
    }

    [Fact]
    public async Task SweepIfDueAsync_TwoInstancesAtOnce_OnlyOneSweepsPerInterval()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var first = new TableActivityDedupeSweeper(Table(), clock);
        var second = new TableActivityDedupeSweeper(Table(), clock);

        var both = await Task.WhenAll(first.SweepIfDueAsync(default), second.SweepIfDueAsync(default));
        var again = await second.SweepIfDueAsync(default);
        clock.Advance(TableActivityDedupeSweeper.Interval + TimeSpan.FromMinutes(1));
        var nextInterval = await second.SweepIfDueAsync(default);

        Assert.Equal(1, both.Count(swept => swept is not null));
        Assert.Null(again);
        Assert.NotNull(nextInterval);
    }

    // A second TableClient on the same table, as another app instance would have.
    private TableClient Table() => new(_tables.ConnectionString, _tables.Prefix + TableNames.ProcessedActivities);

    private async Task<IReadOnlyList<DateTimeOffset>> WrittenAtAsync()
    {
        var written = new List<DateTimeOffset>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ne {"~sweep"}")))
        {
            written.Add(row.Timestamp!.Value);
        }

        return written;
    }
}
