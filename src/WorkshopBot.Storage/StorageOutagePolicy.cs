using Azure.Core;
using Azure.Core.Pipeline;
using WorkshopBot.Domain.Telemetry;

namespace WorkshopBot.Storage;

// Counts Table requests that failed after the SDK's own retries (it sits per call, in front of the retry
// policy), in the terms of TableStorageFaults.IsUnavailable: no answer, a timeout, throttling (429) or a
// server error. 4xx answers about the request itself (404, 409, 412) are normal traffic and not counted;
// ETag conflicts are counted where they are retried (OptimisticConcurrency). A cancellation by the caller
// (a request that was given up) is not an outage either.
internal sealed class StorageOutagePolicy(WorkshopMetrics metrics) : HttpPipelinePolicy
{
    public const string Unreachable = "unreachable";
    public const string Timeout = "timeout";
    public const string Throttled = "throttled";
    public const string ServerError = "server-error";

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception ex) when (Failed(message, ex))
        {
            throw;
        }

        Answered(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        catch (Exception ex) when (Failed(message, ex))
        {
            throw;
        }

        Answered(message);
    }

    private void Answered(HttpMessage message)
    {
        var reason = message.HasResponse
            ? message.Response.Status switch { 408 => Timeout, 429 => Throttled, >= 500 => ServerError, _ => null }
            : null;
        if (reason is not null)
        {
            metrics.StorageRequestFailed(reason);
        }
    }

    // Always false: the exception goes on to the caller unchanged; this only looks at it.
    private bool Failed(HttpMessage message, Exception exception)
    {
        if (!message.CancellationToken.IsCancellationRequested && TableStorageFaults.IsUnavailable(exception))
        {
            metrics.StorageRequestFailed(exception is TaskCanceledException or TimeoutException || exception.InnerException is TimeoutException ? Timeout : Unreachable);
        }

        return false;
    }
}
