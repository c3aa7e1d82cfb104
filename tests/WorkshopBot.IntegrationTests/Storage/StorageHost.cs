using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkshopBot.Storage;
using WorkshopBot.TestKit.Azurite;

namespace WorkshopBot.IntegrationTests.Storage;

// The storage part of the app as Program.cs wires it (AddTableStorage), started so the tables exist.
internal sealed class StorageHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly AzuriteTables _tables;

    private StorageHost(IHost host, AzuriteTables tables)
    {
        _host = host;
        _tables = tables;
    }

    public IServiceProvider Services => _host.Services;

    public static async Task<StorageHost> StartAsync(AzuriteFixture azurite, TimeProvider? clock = null)
    {
        var tables = azurite.CreateTables();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(tables.Configuration);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddTableStorage();
        var host = builder.Build();
        await host.StartAsync();
        return new StorageHost(host, tables);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _tables.DisposeAsync();
    }
}
