using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Exports.Charts;
using WorkshopBot.Web.Board;

namespace WorkshopBot.Web.Monitoring;

// GET /charts/{werkgroepId}/{indicatorId}.png?expires=…&sig=…: the chart a monitoring card in chat shows,
// rendered on the server (ScottPlot, IndicatorChart). No sign-in (Teams fetches card images anonymously):
// the signed link is the permission (ChartImageLinks). Anything wrong — forged, expired, another indicator,
// a werkgroep or indicator that is gone — is the same 404, so the answer reveals nothing.
public static class ChartImageEndpoints
{
    public static WebApplication MapChartImages(this WebApplication app)
    {
        app.MapGet("/charts/{werkgroepId}/{indicatorId}.png", GetAsync).AllowAnonymous();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        string werkgroepId,
        string indicatorId,
        [FromQuery(Name = ChartImageLinks.ExpiresQuery)] string? expires,
        [FromQuery(Name = ChartImageLinks.SignatureQuery)] string? sig,
        HttpContext http,
        ChartImageLinks links,
        [AsParameters] MonitoringBoardServices services,
        CancellationToken cancellationToken)
    {
        if (!await links.IsValidAsync(werkgroepId, indicatorId, expires, sig, cancellationToken)
            || await services.Workshops.GetWerkgroepAsync(werkgroepId, cancellationToken) is not { } werkgroep)
        {
            return TypedResults.NotFound();
        }

        if (await MonitoringBoardEndpoints.IndicatorAsync(werkgroep, indicatorId, services, NeedFilter.All, cancellationToken) is not { } indicator)
        {
            return TypedResults.NotFound();
        }

        // The link lives a day; Teams' image proxy may keep the picture that long, nobody else should.
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return TypedResults.File(IndicatorChart.RenderPng(indicator), "image/png");
    }
}
