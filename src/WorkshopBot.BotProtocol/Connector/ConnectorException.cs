using System.Net;

namespace WorkshopBot.BotProtocol.Connector;

// A failed Bot Connector call. StatusCode is null when no HTTP answer arrived (timeout, network,
// token acquisition); ErrorCode is error.code from the {error:{code,message}} body when present.
public sealed class ConnectorException : Exception
{
    public const string TimeoutCode = "Timeout";
    public const string NetworkErrorCode = "NetworkError";
    public const string TokenUnavailableCode = "TokenUnavailable";
    public const string MessageWritesBlockedCode = "MessageWritesBlocked";

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(
        string operation,
        HttpStatusCode? statusCode,
        string? errorCode,
        string message,
        Exception? innerException = null,
        string? conversationId = null)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ConversationId = conversationId;
    }

    public string? Operation { get; }

    // The conversation the failed call addressed (null for createConversation).
    public string? ConversationId { get; }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }

    public bool IsForbidden => StatusCode == HttpStatusCode.Forbidden;

    public bool IsMessageWritesBlocked =>
        IsForbidden && string.Equals(ErrorCode, MessageWritesBlockedCode, StringComparison.OrdinalIgnoreCase);

    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;

    // No answer arrived: for a POST the message may or may not have been delivered.
    public bool IsOutcomeUnknown => StatusCode is null && ErrorCode is TimeoutCode or NetworkErrorCode;

    // 403 means the app was uninstalled, the user blocked it or writes are blocked: drop the
    // stored conversation reference rather than trying again (PROTOCOL.md §3).
    public bool ShouldDropConversationReference => IsForbidden;
}
