using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WorkshopBot.Storage;

// Creates the tables once at startup instead of on every request or in a constructor.
internal sealed partial class TableStorageInitializer(
    TableClientProvider tables,
    IEnumerable<RequiredTable> requiredTables,
    ILogger<TableStorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (string baseName in requiredTables.Select(t => t.BaseName).Distinct(StringComparer.Ordinal))
        {
            await tables.GetTableClient(baseName).CreateIfNotExistsAsync(cancellationToken);
            LogTableReady(tables.FullName(baseName));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableName} is ready")]
    private partial void LogTableReady(string tableName);
}
