using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using WorkshopBot.Storage;

namespace WorkshopBot.Web.Hosting;

public static class HealthEndpointExtensions
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddWorkshopHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<TableStorageHealthCheck>("table-storage", tags: [ReadyTag]);
        return builder;
    }

    // Liveness runs no checks (the process answers); readiness checks the dependencies.
    public static IEndpointRouteBuilder MapWorkshopHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
