using System.Net;

namespace WorkshopBot.TestKit.Playground;

// The Playground answers API errors as {code, message}; a bot failure during an invoke surfaces as 502.
public sealed class PlaygroundApiException(string operation, HttpStatusCode statusCode, string body)
    : Exception($"Playground {operation} failed with {(int)statusCode} {statusCode}: {body}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string Body { get; } = body;
}
