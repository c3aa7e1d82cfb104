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
// ?need=needtoknow, the need-to-know filter. A share-link reader gets no person names (improvement action
// owners), as with the factsheet.
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
        var (werkgroep, _, text) = AuthorizedBoard.Of(http);
        if (ScopeOf(http) is not { } scope)
        {
            return BoardProblem.BadRequest(text).ToResult();
        }

        var document = await DocumentAsync(werkgroep, services, scope, cancellationToken);
        var filter = scope == MonitoringScope.NeedToKnow ? $"?{NeedQuery}={NeedToKnowValue}" : "";
        var indicators = document.Select(scope).Indicators
            .Select(i => new BoardProgressIndicatorView(
                i.Id,
                i.Name,
                i.Kind == Domain.Items.IndicatorKind.Vertellen ? "vertellen" : "tellen",
                $"monitoring/indicators/{Uri.EscapeDataString(i.Id)}/chart.svg{filter}",
                IndicatorChart.Description(i),
                IndicatorChart.Table(i)))
            .ToList();
        var stories = document.Select(scope).Indicators
            .SelectMany(i => i.Stories)
            .Distinct()
            .OrderBy(s => s.PeriodStart)
            .GroupBy(s => s.PeriodLabel)
            .Select(g => new BoardStoryPeriodView(g.Key, [.. g.Select(s => new BoardStoryView(PerspectiveOf(s.Perspective), s.Theme, s.Text))]))
            .ToList();
        return TypedResults.Ok(new BoardProgressView(indicators, stories));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetChartAsync(
        string indicatorId,
        HttpContext http,
        [AsParameters] MonitoringBoardServices services,
        CancellationToken cancellationToken)
    {
        var (werkgroep, _, text) = AuthorizedBoard.Of(http);
        if (ScopeOf(http) is not { } scope)
        {
            return BoardProblem.BadRequest(text).ToResult();
        }

        var document = await DocumentAsync(werkgroep, services, scope, cancellationToken);
        var indicator = document.Select(scope).Indicators.FirstOrDefault(i => i.Id == indicatorId);
        if (indicator is null)
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

        if (ScopeOf(http) is not { } scope)
        {
            return BoardProblem.BadRequest(text).ToResult();
        }

        var document = await DocumentAsync(werkgroep, services, scope, cancellationToken);
        if (viewer.Role == BoardViewer.Reader)
        {
            // Share links are for partners outside the tenant: the work, not the names of people.
            document = document with { ImprovementActions = [.. document.ImprovementActions.Select(a => a with { Owner = "" })] };
        }

        var file = Exporters.RenderMonitoring(exportFormat.Value, document, Language.Dutch, scope);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    internal static async Task<MonitoringDocument> DocumentAsync(Werkgroep werkgroep, MonitoringBoardServices services, MonitoringScope scope, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var traject = await services.Workshops.GetTrajectAsync(werkgroep.TrajectId, cancellationToken);
        var stored = await services.Monitoring.GetAsync(werkgroep.TrajectId, werkgroep.Id, cancellationToken);
        var monitoring = stored?.Value ?? WerkgroepMonitoring.Empty(werkgroep.TrajectId, werkgroep.Id);
        var filter = scope == MonitoringScope.NeedToKnow ? NeedFilter.NeedToKnowOnly : NeedFilter.All;
        return MonitoringExportMapper.From(traject, werkgroep, MonitoringProjection.Of(werkgroep, monitoring, now, filter), now);
    }

    // ?need=needtoknow limits to need-to-know; absent or "all" is everything; anything else is a bad request.
    private static MonitoringScope? ScopeOf(HttpContext http)
    {
        var value = http.Request.Query[NeedQuery].ToString();
        return value.ToLowerInvariant() switch
        {
            "" or "all" => MonitoringScope.All,
            NeedToKnowValue => MonitoringScope.NeedToKnow,
            _ => null,
        };
    }

    private static string ChartIdOf(string indicatorId) =>
        new([.. indicatorId.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);

    private static string PerspectiveOf(StoryPerspective perspective) => perspective switch
    {
        StoryPerspective.Professional => "professional",
        StoryPerspective.Vrijwilliger => "vrijwilliger",
        _ => "inwoner",
    };
}

// What the board's progress section shows (the SVG itself comes from ChartUrl, relative to the board API).
public sealed record BoardProgressView(IReadOnlyList<BoardProgressIndicatorView> Indicators, IReadOnlyList<BoardStoryPeriodView> StoriesByPeriod);

public sealed record BoardProgressIndicatorView(string Id, string Name, string Kind, string ChartUrl, string Description, ChartTable Table);

public sealed record BoardStoryPeriodView(string Period, IReadOnlyList<BoardStoryView> Stories);

public sealed record BoardStoryView(string Perspective, string Theme, string Text);

// What the monitoring endpoints need.
public sealed class MonitoringBoardServices(WorkshopService workshops, IMonitoringStore monitoring, TimeProvider time)
{
    public WorkshopService Workshops { get; } = workshops;

    public IMonitoringStore Monitoring { get; } = monitoring;

    public TimeProvider Time { get; } = time;
}
