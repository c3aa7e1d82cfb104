using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Protocol;
using WorkshopBot.Storage.Sharing;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Bot;
using WorkshopBot.Web.Identity;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Hosting;

public static class WorkshopBotComposition
{
    public const string ConversationReferencesTable = "ConversationReferences";
    public const string ProcessedActivitiesTable = "ProcessedActivities";
    public const string ShareLinksTable = "ShareLinks";
    public const string RunningTimersTable = "RunningTimers";

    public static IHostApplicationBuilder AddWorkshopDomain(this IHostApplicationBuilder builder)
    {
        // Group commit: concurrent updates of one werkgroep in this instance share one ETag write
        // (see WorkshopWriteOptions, docs/benchmarks.md).
        builder.Services.AddSingleton(WorkshopWriteOptions.GroupCommit);
        builder.Services.AddSingleton<WorkshopService>();
        builder.Services.AddSingleton<WorkshopLinks>();
        builder.Services.AddSingleton<SharedStepCardUpdater>();
        builder.Services.AddSingleton<ShareLinkService>();
        return builder;
    }

    // Protocol and sharing data live in Table storage too, so every app instance sees the same
    // conversation references, dedupe claims and share links.
    public static IHostApplicationBuilder AddWorkshopTables(this IHostApplicationBuilder builder)
    {
        builder.AddTableStorage();
        var services = builder.Services;
        services.AddRequiredTable(ConversationReferencesTable);
        services.AddRequiredTable(ProcessedActivitiesTable);
        services.AddRequiredTable(ShareLinksTable);
        services.AddSingleton<IConversationReferenceStore>(sp =>
            new TableConversationReferenceStore(Table(sp, ConversationReferencesTable)));
        services.AddSingleton<IActivityDeduplicator>(sp =>
            new TableActivityDeduplicator(Table(sp, ProcessedActivitiesTable), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IShareLinkStore>(sp => new TableShareLinkStore(Table(sp, ShareLinksTable)));
        services.AddSingleton(sp =>
            new TableActivityDedupeSweeper(Table(sp, ProcessedActivitiesTable), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<DedupeSweepService>();
        return builder;
    }

    public static IHostApplicationBuilder AddWorkshopBotHandler(this IHostApplicationBuilder builder)
    {
        builder.AddBotProtocol();
        builder.Services.AddBotHandler<WorkshopActivityHandler>();
        builder.Services.AddRequiredTable(RunningTimersTable);
        builder.Services.AddSingleton(sp => new TimerWatch(Table(sp, RunningTimersTable)));
        builder.Services.AddHostedService<TimerAnnouncer>();
        return builder;
    }

    public static IHostApplicationBuilder AddBoardIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BoardIdentityOptions>()
            .BindConfiguration(BoardIdentityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BoardIdentityOptions>, BoardIdentityOptionsValidator>();
        builder.Services.AddBoardAuthentication();
        return builder;
    }

    private static TableClient Table(IServiceProvider services, string baseName) =>
        services.GetRequiredService<TableClientProvider>().GetTableClient(baseName);
}
