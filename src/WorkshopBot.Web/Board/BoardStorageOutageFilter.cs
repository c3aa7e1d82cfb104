using System.Globalization;
using WorkshopBot.Storage;

namespace WorkshopBot.Web.Board;

// Table storage unreachable (after the SDK's bounded retries, TableStorageFaults): every board API answer is a
// 503 with Retry-After and a title the page can show, not a 500. Nothing was written, so the page's retry of
// the same action (same idempotency key) is safe; /health/ready says the same to the platform.
public sealed class BoardStorageOutageFilter : IEndpointFilter
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (TableStorageFaults.IsUnavailable(ex) && !context.HttpContext.Response.HasStarted)
        {
            var http = context.HttpContext;
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return BoardProblem.StorageUnavailable(BoardText.For(http.Request)).ToResult();
        }
    }
}
