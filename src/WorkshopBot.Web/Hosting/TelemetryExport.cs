namespace WorkshopBot.Web.Hosting;

// Where the host sends its telemetry, decided from configuration alone (so the deployment tests can check
// that the app settings the Bicep produces turn the export on, without starting an exporter that would
// talk to Azure): Application Insights when its connection string is set, an OTLP collector when its
// endpoint is set, both, or nowhere (local runs and tests). The setting names are the ones the Bicep
// writes (infra/modules/appservice.bicep) and the OpenTelemetry and Azure SDKs document.
public sealed record TelemetryExport(string ServiceName, string? AzureMonitorConnectionString, string? IngestionIdentityClientId, string? OtlpEndpoint)
{
    public const string DefaultServiceName = "WorkshopBot";

    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameSetting = "OTEL_SERVICE_NAME";

    // In Azure, Application Insights refuses key-based ingestion (infra: DisableLocalAuth): the exporters sign
    // in with the user-assigned managed identity named here (Monitoring Metrics Publisher).
    public const string IdentitySetting = "AZURE_CLIENT_ID";

    public bool ToAzureMonitor => AzureMonitorConnectionString is not null;

    public bool ToOtlp => OtlpEndpoint is not null;

    public static TelemetryExport From(IConfiguration configuration) => new(
        Setting(configuration, ServiceNameSetting) ?? DefaultServiceName,
        Setting(configuration, ConnectionStringSetting),
        Setting(configuration, IdentitySetting),
        Setting(configuration, OtlpEndpointSetting));

    private static string? Setting(IConfiguration configuration, string name) =>
        configuration[name] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
