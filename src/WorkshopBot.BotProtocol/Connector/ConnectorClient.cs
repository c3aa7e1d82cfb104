using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Connector;

// Typed HttpClient over the Bot Connector REST API. Retries live in the resilience handler
// (ConnectorResilience); the first attempt is paced here, before the pipeline, so queued calls do
// not eat into the retry budget; RetryPacingHandler paces the retries inside it.
public sealed partial class ConnectorClient(
    HttpClient http,
    IBotTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    OutboundPacer pacer,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const int MaxErrorBodyChars = 4096;

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/activities";
        var result = await SendAsync(HttpMethod.Post, serviceUrl, path, Body(activity with { Id = null }), BotJson.Context.ResourceResponse, "send", conversationId, activity.TenantId, cancellationToken);
        return result ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}";
        var body = Body(activity with { Id = null, ReplyToId = replyToId });
        var result = await SendAsync(HttpMethod.Post, serviceUrl, path, body, BotJson.Context.ResourceResponse, "reply", conversationId, activity.TenantId, cancellationToken);
        return result ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        var body = Body(activity with { Id = activityId });
        var result = await SendAsync(HttpMethod.Put, serviceUrl, path, body, BotJson.Context.ResourceResponse, "update", conversationId, activity.TenantId, cancellationToken);
        return result ?? new ResourceResponse(activityId);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        await SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, path, null, null, "delete", conversationId, null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(parameters, BotJson.Context.ConversationParameters));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var result = await SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", content, BotJson.Context.ConversationResourceResponse, "createConversation", null, parameters.TenantId, cancellationToken);
        return result ?? throw new ConnectorException("createConversation", HttpStatusCode.OK, null, "The connector did not return the new conversation.");
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new StringBuilder();
        if (pageSize is { } size)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append("pageSize=").Append(size);
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append("continuationToken=").Append(Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}";
        var result = await SendAsync(HttpMethod.Get, serviceUrl, path, null, BotJson.Context.PagedMembersResult, "pagedMembers", conversationId, null, cancellationToken);
        return result ?? new PagedMembersResult();
    }

    public async Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}";
        var result = await SendAsync(HttpMethod.Get, serviceUrl, path, null, BotJson.Context.TeamsChannelAccount, "member", conversationId, null, cancellationToken);
        return result ?? throw new ConnectorException("member", HttpStatusCode.OK, null, "The connector returned no member.");
    }

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return Uri.EscapeDataString(segment);
    }

    private static ByteArrayContent Body(Activity activity)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Context.Activity));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static Uri BuildUri(string serviceUrl, string path)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The service URL must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        return new Uri(baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + path);
    }

    private async Task<T?> SendAsync<T>(
        HttpMethod method,
        string serviceUrl,
        string path,
        HttpContent? content,
        JsonTypeInfo<T>? responseType,
        string operation,
        string? conversationId,
        string? tenantId,
        CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, BuildUri(serviceUrl, path)) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        if (trustedServiceUrls.IsTrusted(serviceUrl))
        {
            string? token;
            try
            {
                token = await tokenProvider.GetTokenAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTokenFailed(logger, operation, ex);
                throw new ConnectorException(operation, null, ConnectorException.TokenUnavailableCode, "Could not acquire a Bot Connector token.", ex, conversationId);
            }

            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        // RetryPacingHandler releases the lease when the first attempt's response is back; the
        // using releases it when the attempt never got that far.
        using var firstAttempt = await pacer.WaitAsync(conversationId, tenantId, cancellationToken);
        request.Options.Set(RetryPacingHandler.TargetKey, new PacingTarget(conversationId, tenantId, firstAttempt));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException ex)
        {
            LogNoAnswer(logger, operation, method.Method, ConnectorException.TimeoutCode, ex);
            throw new ConnectorException(operation, null, ConnectorException.TimeoutCode, $"Bot Connector {operation} timed out; for a POST the outcome is unknown.", ex, conversationId);
        }
        catch (HttpRequestException ex)
        {
            LogNoAnswer(logger, operation, method.Method, ConnectorException.NetworkErrorCode, ex);
            throw new ConnectorException(operation, null, ConnectorException.NetworkErrorCode, $"Bot Connector {operation} failed without an HTTP answer.", ex, conversationId);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return responseType is null ? null : await ReadBodyAsync(response, responseType, cancellationToken);
            }

            var error = await ReadErrorAsync(response, cancellationToken);
            LogFailed(logger, operation, method.Method, (int)response.StatusCode, error?.Code);
            throw new ConnectorException(
                operation,
                response.StatusCode,
                error?.Code,
                $"Bot Connector {operation} failed with HTTP {(int)response.StatusCode}: {error?.Code ?? "no error code"}.",
                conversationId: conversationId);
        }
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            // Some connectors (and the local Playground) answer 2xx with a non-JSON body.
            return null;
        }
    }

    private static async Task<ErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (text.Length is 0 or > MaxErrorBodyChars)
            {
                return null;
            }

            return JsonSerializer.Deserialize(text, BotJson.Context.ErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Bot Connector {Operation} ({Method}) failed with HTTP {StatusCode} ({ErrorCode})")]
    private static partial void LogFailed(ILogger logger, string operation, string method, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Bot Connector {Operation} ({Method}) got no answer: {Reason}")]
    private static partial void LogNoAnswer(ILogger logger, string operation, string method, string reason, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Could not acquire a Bot Connector token for {Operation}")]
    private static partial void LogTokenFailed(ILogger logger, string operation, Exception exception);
}
