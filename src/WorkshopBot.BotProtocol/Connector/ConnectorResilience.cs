using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace WorkshopBot.BotProtocol.Connector;

// Retry policy of PROTOCOL.md §3: 429 (honouring Retry-After), 412, 502 and 504 with
// exponential backoff and jitter inside a total time cap. Never 403 or other 4xx. A POST whose
// attempt timed out (or whose connection broke after sending) is not retried: Teams would
// post the message twice.
internal static class ConnectorResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, BotConnectorOptions options, TimeProvider timeProvider)
    {
        pipeline.AddTimeout(options.TotalTimeout);
        pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(
                options.MaxRetryAttempts > 0 && ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method, options, timeProvider)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
        });
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, BotConnectorOptions options, TimeProvider timeProvider)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => RetryAfter(response, timeProvider) is not { } wait || wait <= options.MaxRetryAfter,
                HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => true,
                _ => false,
            };
        }

        var isPost = method == HttpMethod.Post;
        return outcome.Exception switch
        {
            // The connection was never established, so nothing was sent.
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => true,
            HttpRequestException => !isPost,
            TimeoutRejectedException => !isPost,
            _ => false,
        };
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
