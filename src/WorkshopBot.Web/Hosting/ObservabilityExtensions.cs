using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using WorkshopBot.Domain.Telemetry;

namespace WorkshopBot.Web.Hosting;

public static class ObservabilityExtensions
{
    // Traces, metrics and logs go where TelemetryExport says: Application Insights when its connection
    // string is set (Azure, with Entra ID), an OTLP collector when OTEL_EXPORTER_OTLP_ENDPOINT is set, and
    // nowhere otherwise (local runs and tests stay on loopback, and nothing is collected). Log records carry
    // no message text: handlers log ids and outcomes only, and formatted messages are not exported, so note
    // text and names never leave the process. The bot's own meter (WorkshopMetrics: commands, notes, storage
    // conflicts and outages) is exported with ASP.NET Core's, HttpClient's (the connector's sends and their
    // 429s) and the runtime's.
    public static IHostApplicationBuilder AddWorkshopObservability(this IHostApplicationBuilder builder)
    {
        var export = TelemetryExport.From(builder.Configuration);
        builder.Services.AddSingleton(export);
        builder.Services.AddSingleton<WorkshopMetrics>();

        // With nowhere to send them, no tracer and no meter provider: they would still start an Activity for
        // every request and every storage call and aggregate every measurement, for nobody (about 7% of the
        // bot's CPU per add-note, profiled under the perfref load). The bot's meter still counts for any
        // listener (MeterListener in the tests, dotnet-counters on a live host).
        if (!export.ToOtlp && !export.ToAzureMonitor)
        {
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = false;
            logging.IncludeScopes = false;
        });

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(export.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // Health probes every few seconds would drown the real traffic.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
                })
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(WorkshopMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentationIfAvailable());

        if (export.ToOtlp)
        {
            otel.UseOtlpExporter();
        }

        if (export.ToAzureMonitor)
        {
            var credential = IngestionCredential(export);
            void UseAppInsights(AzureMonitorExporterOptions exporter)
            {
                exporter.ConnectionString = export.AzureMonitorConnectionString;
                exporter.Credential = credential;
            }

            otel.WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(UseAppInsights))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(UseAppInsights))
                .WithLogging(logging => logging.AddAzureMonitorLogExporter(UseAppInsights));
        }

        return builder;
    }

    // Without an identity (another host) the exporters send with the connection string's instrumentation key.
    private static ManagedIdentityCredential? IngestionCredential(TelemetryExport export) =>
        export.IngestionIdentityClientId is { } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : null;

    private static MeterProviderBuilder AddRuntimeInstrumentationIfAvailable(this MeterProviderBuilder metrics) =>
        // .NET 9+ publishes runtime metrics on this built-in meter; no extra package needed.
        metrics.AddMeter("System.Runtime");
}
