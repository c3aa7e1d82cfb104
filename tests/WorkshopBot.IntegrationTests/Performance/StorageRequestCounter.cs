using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace WorkshopBot.IntegrationTests.Performance;

// An HTTP pipeline policy that records every request the host's TableServiceClient sends (each one is a
// storage round trip; a transaction batch is one). Tests read the log of a window they choose.
internal sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> requests = new();

    public int Count => requests.Count;

    public IReadOnlyList<string> Since(int mark) => requests.Skip(mark).ToArray();

    public override void OnSendingRequest(HttpMessage message) =>
        requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}");
}
