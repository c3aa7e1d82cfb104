using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace WorkshopBot.TestKit.Protocol;

// A Bot Connector stand-in on 127.0.0.1: records every request and answers via a replaceable
// responder (default: 201 {"id":"stub-activity-N"}). ServiceUrl is what activities should carry.
public sealed class StubConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<StubConnectorRequest> requests = new();
    private LoopbackServer? server;
    private int sequence;
    private Func<StubConnectorRequest, StubConnectorResponse> responder = r => StubConnectorResponse.Created($"stub-activity-{r.Sequence}");

    private StubConnectorServer()
    {
    }

    public string ServiceUrl => server!.BaseUrl + "/";

    public IReadOnlyList<StubConnectorRequest> Requests => requests.ToArray();

    public static async Task<StubConnectorServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var stub = new StubConnectorServer();
        stub.server = await LoopbackServer.StartAsync(app => app.Run(stub.HandleAsync), cancellationToken);
        return stub;
    }

    public void RespondWith(Func<StubConnectorRequest, StubConnectorResponse> respond) => Volatile.Write(ref responder, respond);

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new StubConnectorRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString(),
            body,
            DateTimeOffset.UtcNow,
            Interlocked.Increment(ref sequence));
        requests.Enqueue(request);

        var response = Volatile.Read(ref responder)(request);
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
