using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports;
using WorkshopBot.Exports.Charts;
using WorkshopBot.Exports.Mapping;
using WorkshopBot.Exports.Model;
using NeedFilter = WorkshopBot.Domain.Monitoring.NeedFilter;
using WerkgroepMonitoring = WorkshopBot.Domain.Monitoring.WerkgroepMonitoring;

namespace WorkshopBot.Web.Board;

// Step 6 on the board, with the same authorization as the board and its factsheet export (Reader: members
// and share-link readers): GET /api/boards/{id}/monitoring (the progress section: per indicator the chart's
// table alternative and the stories per period), …/monitoring/indicators/{indicatorId}/chart.svg (the
// accessible chart) and …/monitoring/export.{docx|xlsx|csv|json} (report and time series). Every one takes
// ?need=needtoknow, the need-to-know filter. A share-link reader gets the guests' view
// (MonitoringProjection.ForGuests): no person names, as with the factsheet, and no words of a story told
// without consent to quote.
public static class MonitoringBoardEndpoints
{
    public const string NeedQuery = "need";
    public const string NeedToKnowValue = "needtoknow";

    public static RouteGroupBuilder MapMonitoringBoardEndpoints(this RouteGroupBuilder board)
    {
        board.MapGet("/monitoring", GetProgressAsync).RequireWerkgroep(BoardPolicies.Reader);
        board.MapGet("/monitoring/indicators/{indicatorId}/chart.svg", GetChartAsync).RequireWerkgroep(BoardPolicies.Reader);
        board.MapGet("/monitoring/export.{format}", ExportAsync).RequireWerkgroep(BoardPolicies.Reader);
        return board;
    }

    private static async Task<Results<Ok<BoardProgressView>, ProblemHttpResult>> GetProgressAsync(
        HttpContext http,
        [AsParameters] MonitoringBoardServices services,
        CancellationToken cancellationToken)
    {
        var (werkgroep, viewer, text) = AuthorizedBoard.Of(http);
        if (FilterOf(http) is not { } filter)
        {
            return BoardProblem.BadRequest(text).ToResult();
        }

        var (view, document) = await DocumentAsync(werkgroep, viewer, services, filter, cancellationToken);
        var query = filter == NeedFilter.NeedToKnowOnly ? $"?{NeedQuery}={NeedToKnowValue}" : "";
        var indicators = document.Indicators
            .Select(i => new BoardProgressIndicatorView(
                i.Id,
                i.Name,
                i.Kind == Domain.Items.IndicatorKind.Vertellen ? "vertellen" : "tellen",
                $"monitoring/indicators/{Uri.EscapeDataString(i.Id)}/chart.svg{query}",
                IndicatorChart.Description(i),
                IndicatorChart.Table(i)))
            .ToList();
        var stories = view.StoriesByPeriod.SelectMany(p => p.Stories).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var indicatorNames = view.Indicators.ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal);
        BoardStoryView StoryOf(StoryView s) => new(
            PerspectiveOf(s.Perspective),
            s.Theme ?? "",
            s.Text,
            MonitoringExportMapper.PeriodLabel(s.PeriodKey),
            [.. s.IndicatorIds.Where(indicatorNames.ContainsKey).Select(id => indicatorNames[id])],
            s.TextWithheld);
        var byPeriod = view.StoriesByPeriod
            .Select(p => new BoardStoryPeriodView(MonitoringExportMapper.PeriodLabel(p.PeriodKey), [.. p.Stories.Select(StoryOf)]))
            .ToList();
        var byResult = view.StoriesByResult
            .Select(g => new BoardStoryResultView(g.ResultId, g.ResultStatement, [.. g.StoryIds.Select(id => StoryOf(stories[id]))]))
            .ToList();
        return TypedResults.Ok(new BoardProgressView(indicators, byPeriod, byResult));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetChartAsync(
        string indicatorId,
        HttpContext http,
        [AsParameters] MonitoringBoardServices services,
        CancellationToken cancellationToken)
    {
        var (werkgroep, _, text) = AuthorizedBoard.Of(http);
        if (FilterOf(http) is not { } filter)
        {
            return BoardProblem.BadRequest(text).ToResult();
        }

        if (await IndicatorAsync(werkgroep, indicatorId, services, filter, cancellationToken) is not { } indicator)
        {
            return BoardProblem.IndicatorNotFound(text).ToResult();
        }

        // The id prefix keeps <title>/<desc> ids unique when the board shows several charts inline.
        var svg = IndicatorChart.RenderSvg(indicator, idPrefix: "chart-" + ChartIdOf(indicator.Id));
        return TypedResults.Content(svg, IndicatorChart.SvgContentType, Encoding.UTF8);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string format,
        HttpContext http,
        [AsParameters] MonitoringBoardServices services,
        CancellationToken cancellationToken)
    {
        var (werkgroep, viewer, text) = AuthorizedBoard.Of(http);
        // The monitoring report has no Markdown form.
        var exportFormat = ExportFormats.FromExtension(format);
        if (exportFormat is null or ExportFormat.Markdown)
        {
            return BoardProblem.UnknownFormat(text).ToResult();
        }

        if (FilterOf(http) is not { } filter)
        {
            return BoardProblem.BadRequest(text).ToResult();
        }

        var (_, document) = await DocumentAsync(werkgroep, viewer, services, filter, cancellationToken);

        var file = Exporters.RenderMonitoring(exportFormat.Value, document, Language.Dutch);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    // The projection is the one place that applies the need-to-know filter and what guests may see (share
    // links are for partners outside the tenant); the document follows it.
    private static async Task<(MonitoringView View, MonitoringDocument Document)> DocumentAsync(
        Werkgroep werkgroep, BoardViewer viewer, MonitoringBoardServices services, NeedFilter filter, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var traject = await services.Workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken);
        var stored = await services.Monitoring.GetAsync(werkgroep.TrajectId, werkgroep.Id, cancellationToken);
        var monitoring = stored?.Value ?? WerkgroepMonitoring.Empty(werkgroep.TrajectId, werkgroep.Id);
        var view = MonitoringProjection.Of(werkgroep, monitoring, now, filter);
        if (viewer.Role == BoardViewer.Reader)
        {
            view = MonitoringProjection.ForGuests(view);
        }

        return (view, MonitoringExportMapper.From(traject, werkgroep, view, now));
    }

    // One indicator for its chart (the SVG here, the PNG for chat): only that indicator is projected and mapped.
    // Null when the werkgroep has no such indicator or the filter leaves it out.
    internal static async Task<MonitoringIndicator?> IndicatorAsync(
        Werkgroep werkgroep, string indicatorId, MonitoringBoardServices services, NeedFilter filter, CancellationToken cancellationToken)
    {
        if (werkgroep.Indicators.All(i => i.Id != indicatorId))
        {
            return null;
        }

        var stored = await services.Monitoring.GetAsync(werkgroep.TrajectId, werkgroep.Id, cancellationToken);
        var monitoring = stored?.Value ?? WerkgroepMonitoring.Empty(werkgroep.TrajectId, werkgroep.Id);
        return MonitoringProjection.Indicator(werkgroep, monitoring, indicatorId, filter) is { } projected
            ? MonitoringExportMapper.MapIndicator(projected)
            : null;
    }

    // ?need=needtoknow limits to need-to-know; absent or "all" is everything; anything else is a bad request.
    private static NeedFilter? FilterOf(HttpContext http)
    {
        var value = http.Request.Query[NeedQuery].ToString();
        return value.ToLowerInvariant() switch
        {
            "" or "all" => NeedFilter.All,
            NeedToKnowValue => NeedFilter.NeedToKnowOnly,
            _ => null,
        };
    }

    private static string ChartIdOf(string indicatorId) =>
        new([.. indicatorId.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);

    private static string PerspectiveOf(Domain.Monitoring.StoryPerspective perspective) => perspective switch
    {
        Domain.Monitoring.StoryPerspective.Professional => "professional",
        Domain.Monitoring.StoryPerspective.Vrijwilliger => "vrijwilliger",
        _ => "inwoner",
    };
}

// What the board's progress section shows (the SVG itself comes from ChartUrl, relative to the board API):
// the stories per period, and grouped per result as the partners linked them (a story linked to several
// results is in each; ResultId null: linked only to indicators without a result).
public sealed record BoardProgressView(
    IReadOnlyList<BoardProgressIndicatorView> Indicators,
    IReadOnlyList<BoardStoryPeriodView> StoriesByPeriod,
    IReadOnlyList<BoardStoryResultView> StoriesByResult);

public sealed record BoardProgressIndicatorView(string Id, string Name, string Kind, string ChartUrl, string Description, ChartTable Table);

public sealed record BoardStoryPeriodView(string Period, IReadOnlyList<BoardStoryView> Stories);

public sealed record BoardStoryResultView(string? ResultId, string? Result, IReadOnlyList<BoardStoryView> Stories);

// Indicators: the names of the indicators the story is linked to.
// TextWithheld: a guest's view of a story told without consent to quote (Text is empty).
public sealed record BoardStoryView(string Perspective, string Theme, string Text, string Period, IReadOnlyList<string> Indicators, bool TextWithheld);

// What the monitoring endpoints need.
public sealed class MonitoringBoardServices(WorkshopService workshops, IMonitoringStore monitoring, TimeProvider time)
{
    public WorkshopService Workshops { get; } = workshops;

    public IMonitoringStore Monitoring { get; } = monitoring;

    public TimeProvider Time { get; } = time;
}
