using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Monitoring;
using WorkshopBot.Web.Summaries;

namespace WorkshopBot.Web.Hosting;

// The whole host in one place, so Program.cs and the integration tests (which start the real app on
// 127.0.0.1:0 with their own configuration) build exactly the same application.
public static class WorkshopBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = contentRoot,
        });
        configure?.Invoke(builder);

        builder.AddDevelopmentClock();
        builder.AddWorkshopObservability();
        builder.AddWorkshopTables();
        builder.AddWorkshopDomain();
        builder.AddBoardIdentity();
        builder.AddWorkshopBotHandler();
        builder.AddWorkshopHealthChecks();
        builder.AddBoardApi();
        builder.AddSummaryReviews();
        builder.AddMonitoring();

        var app = builder.Build();

        // Browsers then use only HTTPS for this host (App Service is httpsOnly); local runs are plain HTTP.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.MapBotEndpoints();
        app.MapWorkshopHealthEndpoints();

        // Before the pages: it adds the security headers the board and tab pages need.
        app.MapBoardApi();
        app.MapChartImages();
        app.MapWorkshopPages();

        return app;
    }
}
