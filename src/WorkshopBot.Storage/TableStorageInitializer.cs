using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WorkshopBot.Storage;

// Creates the tables once at startup (unless TableStorage:CreateTables is false: in Azure the Bicep
// creates them). If Table storage is unreachable the host still starts (so liveness answers and readiness
// reports "not ready" instead of the instance crash-looping), and creation is retried in the background
// until it succeeds.
internal sealed partial class TableStorageInitializer(
    TableClientProvider tables,
    IEnumerable<RequiredTable> requiredTables,
    IOptions<TableStorageOptions> options,
    TimeProvider time,
    ILogger<TableStorageInitializer> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource stopping = new();
    private Task? retries;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateTables)
        {
            return;
        }

        if (!await TryCreateTablesAsync(cancellationToken))
        {
            retries = RetryUntilCreatedAsync(stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (retries is not null)
        {
            await Task.WhenAny(retries, Task.Delay(Timeout.Infinite, cancellationToken));
        }
    }

    public void Dispose() => stopping.Dispose();

    private async Task RetryUntilCreatedAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryCreateTablesAsync(cancellationToken))
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }

    private async Task<bool> TryCreateTablesAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (string baseName in requiredTables.Select(t => t.BaseName).Distinct(StringComparer.Ordinal))
            {
                await tables.GetTableClient(baseName).CreateIfNotExistsAsync(cancellationToken);
                LogTableReady(tables.FullName(baseName));
            }

            return true;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or Azure.Identity.AuthenticationFailedException or AggregateException)
        {
            LogTablesUnavailable(ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableName} is ready")]
    private partial void LogTableReady(string tableName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table storage is not reachable yet ({ExceptionType}); retrying in the background")]
    private partial void LogTablesUnavailable(string exceptionType);
}
