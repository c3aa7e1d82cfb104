using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Storage.Protocol;

namespace WorkshopBot.Storage;

public static class PrivacyStorageExtensions
{
    // IPersonalDataStore for export, erasure, traject deletion and the retention purge. Needs
    // AddTableStorage and AddBotTableStores (it works on their tables).
    public static IHostApplicationBuilder AddPrivacyStore(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<IPersonalDataStore>(sp => new Privacy.TablePersonalDataStore(
            sp.GetRequiredService<TableClientProvider>(),
            sp.GetRequiredService<IWorkshopStore>(),
            sp.GetRequiredService<TableActivityDedupeSweeper>()));
        return builder;
    }
}
