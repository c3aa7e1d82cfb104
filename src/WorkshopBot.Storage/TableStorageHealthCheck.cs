using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WorkshopBot.Storage;

// Readiness = we can talk to Table storage. A bot that cannot store notes must not get traffic:
// App Service takes an instance out of rotation when /health/ready fails.
public sealed class TableStorageHealthCheck(TableServiceClient tables) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).WithCancellation(timeout.Token))
            {
                break;
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (TableStorageFaults.IsUnavailable(ex) || ex is Azure.RequestFailedException or OperationCanceledException or Azure.Identity.AuthenticationFailedException)
        {
            // The exception type is enough to diagnose; its message may contain account URLs.
            return HealthCheckResult.Unhealthy($"Table storage unreachable ({ex.GetType().Name}).");
        }
    }
}
