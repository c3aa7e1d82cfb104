using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Hosting;

// POST /api/messages, shaped like botbuilder's CloudAdapter.ProcessAsync: reject bad requests
// (405/413/400), authenticate (401), dispatch, and write the invoke response. Bad input never
// produces a 500.
public static partial class BotEndpoints
{
    public const string MessagesPath = "/api/messages";

    private const int ReadBufferBytes = 16 * 1024;

    // What JsonSerializer would use with BotJson.Options (its encoder and depth limit), without its extra buffer.
    private static readonly JsonWriterOptions ResponseWriterOptions = new() { Encoder = BotJson.Options.Encoder, MaxDepth = BotJson.MaxDepth };

    public static IEndpointConventionBuilder MapBotEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Mapped for every method so non-POST gets our 405, and anonymous at the ASP.NET level
        // because the Bot Framework token is checked here, not by an authentication scheme.
        return app.Map(MessagesPath, HandleAsync)
            .WithDisplayName("Bot Framework messages")
            .AllowAnonymous();
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotEndpoints).FullName!);
        var cancellationToken = context.RequestAborted;

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var validator = services.GetRequiredService<IBotTokenValidator>();
        var authorization = context.Request.Headers.Authorization.ToString();
        var authorizationHeader = string.IsNullOrWhiteSpace(authorization) ? null : authorization;
        if (!validator.IsHeaderAcceptable(authorizationHeader))
        {
            LogRejected(logger, StatusCodes.Status401Unauthorized, "missing Authorization header");
            Unauthorized(context);
            return;
        }

        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var maxBytes = options.MaxRequestBodyBytes;
        (byte[] Buffer, int Length)? body;
        try
        {
            body = await ReadBodyAsync(context.Request, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            LogRejected(logger, ex.StatusCode, "unreadable body");
            context.Response.StatusCode = ex.StatusCode;
            return;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        if (body is not { } read)
        {
            LogRejected(logger, StatusCodes.Status413PayloadTooLarge, $"body larger than {maxBytes} bytes");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // The activity keeps nothing of the buffer (JsonElement values are copied), so it goes back at once.
        (Activity? Activity, string? Problem) parsed;
        try
        {
            parsed = Parse(read.Buffer.AsSpan(0, read.Length), options.RequiredChannelId);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(read.Buffer);
        }

        if (parsed.Activity is not { } activity)
        {
            var problem = parsed.Problem ?? "invalid activity";
            LogRejected(logger, StatusCodes.Status400BadRequest, problem);
            await WriteAsync(context, BotTurnResult.BadRequest(problem), cancellationToken);
            return;
        }

        if (ActivityValidation.TenantProblemOf(activity, options.AllowedTenantIds) is { } tenantProblem)
        {
            LogRejected(logger, StatusCodes.Status403Forbidden, tenantProblem);
            await WriteAsync(context, BotTurnResult.Forbidden(tenantProblem), cancellationToken);
            return;
        }

        var adapter = services.GetRequiredService<BotAdapter>();
        var handler = services.GetService<ActivityHandler>();
        BotTurnResult result;
        try
        {
            result = await adapter.ProcessActivityAsync(authorizationHeader, activity, handler, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The channel hung up; there is nobody to answer.
            return;
        }
        catch (Exception ex)
        {
            LogTurnFailed(logger, activity.Type!, activity.Name, ex);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        if (result.StatusCode == StatusCodes.Status401Unauthorized)
        {
            Unauthorized(context);
            return;
        }

        await WriteAsync(context, result, cancellationToken);
    }

    private static async Task WriteAsync(HttpContext context, BotTurnResult result, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = result.StatusCode;
        if (result.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";

            // Straight into the response pipe: no array the size of the card per answer.
            await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, ResponseWriterOptions))
            {
                result.Body.WriteTo(writer, BotJson.Options);
            }

            await context.Response.BodyWriter.FlushAsync(cancellationToken);
        }
    }

    private static void Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }

    // Returns null when the body exceeds maxBytes; reads at most maxBytes + 1 bytes whatever the
    // Content-Length says, so chunked uploads are bounded too. The buffer is rented from the shared pool
    // (sized from Content-Length, grown only for a longer or chunked body): no array per request.
    private static async Task<(byte[] Buffer, int Length)?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // One byte more than announced, so the read that sees the end of the body never needs a bigger buffer.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } length ? (int)length + 1 : ReadBufferBytes);
        var filled = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
                if (filled > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, maxBytes + 1));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return (buffer, filled);
    }

    // The activity, or no activity and the reason it is refused.
    private static (Activity? Activity, string? Problem) Parse(ReadOnlySpan<byte> body, string? requiredChannelId)
    {
        Activity? activity;
        try
        {
            activity = BotJson.DeserializeActivity(body);
        }
        catch (JsonException ex)
        {
            // Covers malformed JSON and invalid UTF-8, wrong value kinds and nesting beyond BotJson.MaxDepth.
            return (null, $"invalid JSON ({ex.Message})");
        }

        var problem = ActivityValidation.ProblemOf(activity) ?? ActivityValidation.ChannelProblemOf(activity!, requiredChannelId);
        return problem is null ? (activity, null) : (null, problem);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected POST /api/messages with {StatusCode}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Handling a {ActivityType} activity ({Name}) failed")]
    private static partial void LogTurnFailed(ILogger logger, string activityType, string? name, Exception exception);
}
