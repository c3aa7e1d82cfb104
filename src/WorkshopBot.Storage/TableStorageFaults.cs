using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace WorkshopBot.Storage;

// How the Table client behaves when storage is slow or gone, and how to recognise that failure.
//
// The Azure SDK's own retries are for transport faults and 5xx/408/429 answers only; ETag conflicts are
// retried by the one policy in OptimisticConcurrency. Their defaults (3 retries from 0.8 s, 100 s per try)
// would let one storage call outlast the 15 s Teams gives an invoke, so they are bounded here: a refused
// connection fails within about a second, a hung one after a few seconds, and
// BotFrameworkOptions.TurnBudget bounds the whole turn.
public static class TableStorageFaults
{
    public const int MaxRetries = 2;

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(1);

    // Per try. Table operations of this app are single small rows or one transaction; a healthy account
    // answers them in milliseconds.
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(3);

    // With metrics, requests that still fail after the retries are counted (StorageOutagePolicy).
    public static TableClientOptions ClientOptions(WorkshopBot.Domain.Telemetry.WorkshopMetrics? metrics = null)
    {
        var options = new TableClientOptions();
        if (metrics is not null)
        {
            options.AddPolicy(new StorageOutagePolicy(metrics), HttpPipelinePosition.PerCall);
        }

        // Per-call work nobody reads: the SDK's request/response logging goes to an EventSource this app never
        // listens to, and its distributed-tracing scope only adds a span around the HTTP call that the HttpClient
        // instrumentation already traces (ObservabilityExtensions). Off, they cost nothing per storage call.
        options.Diagnostics.IsLoggingEnabled = false;
        options.Diagnostics.IsDistributedTracingEnabled = false;

        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = FirstRetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }

    // True when the exception says Table storage could not be reached or failed on its side (after the
    // SDK's retries): no answer, a timeout, 408, 429 or 5xx. A 4xx answer about the request (a bad key,
    // a conflict) is not an outage.
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        RequestFailedException => false,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        HttpRequestException or IOException or SocketException or TimeoutException => true,

        // The SDK reports a try that exceeded NetworkTimeout as a cancellation it did not get from the caller.
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };
}
