using Azure.Data.Tables;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Sharing;
using WorkshopBot.Storage.Summaries;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// Issue 13: an id from a route or a card that Table storage cannot take as a key is "not found", not a
// RequestFailedException (a 500 at the boundary).
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableKeyValidationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private StorageHost _host = null!;
    private IShareLinkStore _shareLinks = null!;
    private ISummaryReviewStore _reviews = null!;

    public static TheoryData<string> ForbiddenIds => new() { "wg/1", "wg\\1", "wg#1", "wg?1", "wg\u00011", "wg\u007f", new string('w', 600), "" };

    public async Task InitializeAsync()
    {
        _host = await StorageHost.StartAsync(azurite);
        _shareLinks = new TableShareLinkStore(await TableAsync(TableNames.ShareLinks));
        _reviews = new TableSummaryReviewStore(await TableAsync(TableNames.SummaryReviews));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(ForbiddenIds))]
    public async Task PointReads_IdTableStorageForbids_AreNotFound(string id)
    {
        var workshops = _host.Get<IWorkshopStore>();

        Assert.Null(await workshops.GetWerkgroepAsync(id, default));
        Assert.Null(await workshops.GetTrajectAsync(id, default));
        Assert.Null(await _shareLinks.GetAsync(id, "link-1", default));
        Assert.Null(await _shareLinks.GetAsync("wg-1", id, default));
        Assert.False(await _shareLinks.RevokeAsync("wg-1", id, DateTimeOffset.UnixEpoch, default));
        Assert.Null(await _reviews.GetAsync(id, "review-1", default));
        Assert.Null(await _reviews.GetAsync("tr-1", id, default));
    }

    private async Task<TableClient> TableAsync(string name)
    {
        var table = _host.Get<TableClientProvider>().GetTableClient(name);
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
