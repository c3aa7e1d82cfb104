using WorkshopBot.Domain.Ports;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableWorkshopStoreTests(AzuriteFixture azurite) : WorkshopStoreContract
{
    private StorageHost? _host;

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    protected override async Task<IWorkshopStore> CreateStoreAsync()
    {
        _host = await StorageHost.StartAsync(azurite);
        return _host.Get<IWorkshopStore>();
    }
}
