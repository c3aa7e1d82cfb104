using Microsoft.Extensions.Options;
using WorkshopBot.Application.Privacy;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Sharing;
using WorkshopBot.Storage;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Bot;
using WorkshopBot.Web.Identity;
using WorkshopBot.Web.RateLimiting;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Hosting;

public static class WorkshopBotComposition
{
    public static IHostApplicationBuilder AddWorkshopDomain(this IHostApplicationBuilder builder)
    {
        // Group commit: concurrent updates of one werkgroep in this instance share one ETag write
        // (see WorkshopWriteOptions, docs/benchmarks.md).
        builder.Services.AddSingleton(WorkshopWriteOptions.GroupCommit);
        builder.Services.AddSingleton<WorkshopService>();
        builder.Services.AddSingleton<WerkgroepCommandHandler>();
        builder.Services.AddSingleton<ConversationMembershipHandler>();
        builder.Services.AddSingleton<TrajectCommandHandler>();
        builder.Services.AddSingleton<TrajectDeletionHandler>();
        builder.Services.AddSingleton<WorkshopLinks>();
        builder.Services.AddSingleton<SharedStepCardUpdater>();
        builder.Services.AddSingleton<ShareLinkService>();
        return builder;
    }

    // Every store in Table storage (Storage registers them), plus the sweep of old dedupe claims.
    public static IHostApplicationBuilder AddWorkshopTables(this IHostApplicationBuilder builder)
    {
        builder.AddTableStorage();
        builder.AddBotTableStores();
        builder.AddPrivacyStore();
        builder.Services.AddHostedService<DedupeSweepService>();
        builder.Services.AddOptions<WorkshopBot.Domain.Privacy.RetentionPolicy>().BindConfiguration(WorkshopBot.Domain.Privacy.RetentionPolicy.Section);
        builder.Services.AddHostedService<RetentionPurgeService>();
        return builder;
    }

    public static IHostApplicationBuilder AddWorkshopBotHandler(this IHostApplicationBuilder builder)
    {
        builder.AddBotProtocol();
        builder.Services.AddSingleton<WorkshopActivityHandler>();
        builder.Services.AddBotHandler<RateLimitedActivityHandler>();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WorkshopRateLimiter>();
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
}
