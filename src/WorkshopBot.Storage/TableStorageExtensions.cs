using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkshopBot.Domain.Ports;
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

    // Lets other stores (e.g. protocol data) have their tables created at startup too.
    public static IServiceCollection AddRequiredTable(this IServiceCollection services, string baseName)
    {
        services.AddSingleton(new RequiredTable(baseName));
        return services;
    }

    private static TableServiceClient CreateServiceClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TableStorageOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(options.ServiceUri, credential);
    }
}
