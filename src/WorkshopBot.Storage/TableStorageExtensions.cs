using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Storage.Monitoring;
using WorkshopBot.Storage.Protocol;
using WorkshopBot.Storage.Sharing;
using WorkshopBot.Storage.Summaries;
using WorkshopBot.Storage.Timers;
using WorkshopBot.Storage.Workshops;

namespace WorkshopBot.Storage;

public static class TableStorageExtensions
{
    // Registers TableServiceClient, TableClientProvider, IWorkshopStore, IWerkgroepMembershipIndex and ITrajectModeratorIndex (one
    // Table storage store behind both) and the startup table creation. Configuration:
    // ConnectionStrings:Tables, or TableStorage:ServiceUri (+ TableStorage:ManagedIdentityClientId);
    // optional TableStorage:TablePrefix.
    public static IHostApplicationBuilder AddTableStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TableStorageOptions>()
            .BindConfiguration(TableStorageOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(TableStorageOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.ConnectionString) || options.ServiceUri is not null,
                $"Table storage is not configured: set ConnectionStrings:{TableStorageOptions.ConnectionStringName} or {TableStorageOptions.Section}:ServiceUri.")
            .ValidateOnStart();

        builder.Services.TryAddSingleton(CreateServiceClient);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<TableClientProvider>();
        builder.Services.AddRequiredTable(TableNames.Workshops);
        builder.Services.AddRequiredTable(TableNames.ConversationIndex);
        builder.Services.AddRequiredTable(TableNames.TrajectWerkgroepen);
        builder.Services.AddRequiredTable(TableNames.UserWerkgroepen);
        builder.Services.TryAddSingleton<LedgeredUserIndex>();
        builder.Services.TryAddSingleton<TableMembershipIndex>();
        builder.Services.TryAddSingleton<TableTrajectModeratorIndex>();
        builder.Services.TryAddSingleton<TableWorkshopStore>();
        builder.Services.TryAddSingleton<IWorkshopStore>(sp => sp.GetRequiredService<TableWorkshopStore>());
        builder.Services.TryAddSingleton<IWerkgroepMembershipIndex>(sp => sp.GetRequiredService<TableWorkshopStore>());
        builder.Services.TryAddSingleton<ITrajectModeratorIndex>(sp => sp.GetRequiredService<TableWorkshopStore>());
        builder.Services.AddHostedService<TableStorageInitializer>();
        return builder;
    }

    // The bot host's other stores, in Table storage too so every app instance sees the same conversation
    // references, dedupe claims, share links, running timers, summary reviews and monitoring. Needs AddTableStorage.
    public static IHostApplicationBuilder AddBotTableStores(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRequiredTable(TableNames.ConversationReferences);
        services.AddRequiredTable(TableNames.ProcessedActivities);
        services.AddRequiredTable(TableNames.ShareLinks);
        services.AddRequiredTable(TableNames.RunningTimers);
        services.AddRequiredTable(TableNames.SummaryReviews);
        services.AddRequiredTable(TableNames.Monitoring);
        services.AddSingleton<IConversationReferenceStore>(sp =>
            new TableConversationReferenceStore(Table(sp, TableNames.ConversationReferences)));
        services.AddSingleton<IActivityDeduplicator>(sp =>
            new TableActivityDeduplicator(Table(sp, TableNames.ProcessedActivities), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
            new TableActivityDedupeSweeper(Table(sp, TableNames.ProcessedActivities), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IShareLinkStore>(sp => new TableShareLinkStore(Table(sp, TableNames.ShareLinks)));
        services.AddSingleton<IRunningTimerStore, TableRunningTimerStore>();
        services.AddSingleton<ISummaryReviewStore>(sp => new TableSummaryReviewStore(Table(sp, TableNames.SummaryReviews)));
        services.AddSingleton<IMonitoringStore>(sp => new TableMonitoringStore(Table(sp, TableNames.Monitoring)));
        return builder;
    }

    // Lets other stores have their tables created at startup too.
    public static IServiceCollection AddRequiredTable(this IServiceCollection services, string baseName)
    {
        services.AddSingleton(new RequiredTable(baseName));
        return services;
    }

    private static TableClient Table(IServiceProvider services, string baseName) =>
        services.GetRequiredService<TableClientProvider>().GetTableClient(baseName);

    private static TableServiceClient CreateServiceClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TableStorageOptions>>().Value;
        var clientOptions = TableStorageFaults.ClientOptions(services.GetService<WorkshopBot.Domain.Telemetry.WorkshopMetrics>());
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(options.ServiceUri, credential, clientOptions);
    }
}
