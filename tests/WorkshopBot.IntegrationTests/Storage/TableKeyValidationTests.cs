using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Domain.Summaries;
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

    public static TheoryData<string> ForbiddenIds => new() { "wg/1", "wg\\1", "wg#1", "wg?1", "wg\u00011", "wg\u007f", new string('w', 600), "" };

    public async Task InitializeAsync() => _host = await StorageHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(ForbiddenIds))]
    public async Task PointReads_IdTableStorageForbids_AreNotFound(string id)
    {
        var workshops = _host.Get<IWorkshopStore>();
        var shareLinks = _host.Get<IShareLinkStore>();
        var reviews = _host.Get<ISummaryReviewStore>();

        Assert.Null(await workshops.GetWerkgroepAsync(id, default));
        Assert.Null(await workshops.GetTrajectAsync(id, default));
        Assert.Null(await shareLinks.GetAsync(id, "link-1", default));
        Assert.Null(await shareLinks.GetAsync("wg-1", id, default));
        Assert.False(await shareLinks.RevokeAsync("wg-1", id, DateTimeOffset.UnixEpoch, default));
        Assert.Null(await reviews.GetAsync(id, "review-1", default));
        Assert.Null(await reviews.GetAsync("tr-1", id, default));
    }
}
