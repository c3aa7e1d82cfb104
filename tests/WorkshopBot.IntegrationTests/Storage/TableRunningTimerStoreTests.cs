using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Timers;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableRunningTimerStoreTests(AzuriteFixture azurite) : RunningTimerStoreContract
{
    private AzuriteTables? _tables;

    public override async Task DisposeAsync()
    {
        if (_tables is not null)
        {
            await _tables.DisposeAsync();
        }
    }

    protected override async Task<IRunningTimerStore> CreateStoreAsync()
    {
        _tables = azurite.CreateTables();
        var provider = new TableClientProvider(
            new TableServiceClient(_tables.ConnectionString),
            Options.Create(new TableStorageOptions { TablePrefix = _tables.Prefix }));
        await provider.GetTableClient(TableNames.RunningTimers).CreateIfNotExistsAsync();
        return new TableRunningTimerStore(provider);
    }
}
