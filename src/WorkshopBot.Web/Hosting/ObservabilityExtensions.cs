using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WorkshopBot.Web.Hosting;

public static class ObservabilityExtensions
{
    public const string ServiceName = "WorkshopBot";

    // Traces, metrics and logs go to Application Insights when its connection string is set (Azure, with Entra ID),
    // to an OTLP collector when OTEL_EXPORTER_OTLP_ENDPOINT is set, and nowhere otherwise (local runs
    // and tests stay on loopback). Log records carry no message text: handlers log ids and outcomes only,
    // and formatted messages are not exported, so note text and names never leave the process.
    public static IHostApplicationBuilder AddWorkshopObservability(this IHostApplicationBuilder builder)
    {
        var appInsights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = false;
            logging.IncludeScopes = false;
        });

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // Health probes every few seconds would drown the real traffic.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
                })
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentationIfAvailable());

        if (!string.IsNullOrWhiteSpace(otlp))
        {
            otel.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(appInsights))
        {
            var credential = IngestionCredential(builder.Configuration);
            void UseAppInsights(AzureMonitorExporterOptions exporter)
            {
                exporter.ConnectionString = appInsights;
                exporter.Credential = credential;
            }

            otel.WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(UseAppInsights))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(UseAppInsights))
                .WithLogging(logging => logging.AddAzureMonitorLogExporter(UseAppInsights));
        }

        return builder;
    }

    // In Azure, Application Insights refuses key-based ingestion (infra: DisableLocalAuth): the exporters sign
    // in with the user-assigned managed identity named by AZURE_CLIENT_ID (Monitoring Metrics Publisher).
    // Without it (another host) they send with the connection string's instrumentation key.
    private static ManagedIdentityCredential? IngestionCredential(IConfiguration configuration) =>
        configuration["AZURE_CLIENT_ID"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : null;

    private static MeterProviderBuilder AddRuntimeInstrumentationIfAvailable(this MeterProviderBuilder metrics) =>
        // .NET 9+ publishes runtime metrics on this built-in meter; no extra package needed.
        metrics.AddMeter("System.Runtime");
}
