using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Routing;

namespace WorkshopBot.BotProtocol.Hosting;

public static class BotProtocolExtensions
{
    public const string ConnectorHttpClientName = "BotFramework.Connector";

    // Registers options (validated at startup), the token validator, the connector (typed
    // HttpClient + resilience), the token provider, the pacer, BotAdapter and the ReplyQueue. The product adds
    // its ActivityHandler (AddBotHandler), IConversationReferenceStore and IActivityDeduplicator.
    public static IHostApplicationBuilder AddBotProtocol(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<BotAppOptions>().Bind(builder.Configuration).ValidateOnStart();
        var framework = services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (builder.Environment.IsDevelopment())
        {
            framework.PostConfigure(options => options.RequiredChannelId = null);
        }

        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAppOptions>, BotOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotOptionsValidator>());

        services.TryAddSingleton<IBotTokenValidator>(sp =>
        {
            var app = sp.GetRequiredService<IOptions<BotAppOptions>>().Value;
            var options = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            return new BotFrameworkTokenValidator(
                app,
                options,
                OpenIdKeySources.Create(options.OpenIdMetadataUrl, OpenIdKeySources.CreateHttpClient()),
                sp.GetRequiredService<TimeProvider>());
        });

        services.TryAddSingleton(sp => CreateTokenProvider(sp.GetRequiredService<IOptions<BotAppOptions>>().Value));
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<OutboundPacer>();

        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorHttpClientName, client =>
            {
                // The resilience pipeline owns timeouts (per attempt and in total).
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // BotAdapter is a singleton holding this client: pooled connections are recycled by
            // the SocketsHttpHandler instead of by handler rotation, so DNS changes still apply.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        connector.AddResilienceHandler("bot-connector", (pipeline, context) => ConnectorResilience.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>()));

        // Added after the resilience handler, so it runs inside it: once per attempt.
        connector.AddHttpMessageHandler(sp => new RetryPacingHandler(sp.GetRequiredService<OutboundPacer>()));

        services.TryAddSingleton<BotAdapter>();

        // Message replies go out after the turn is acknowledged; stopping the host drains the queue.
        services.TryAddSingleton<ReplyQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyQueue>());
        return builder;
    }

    // The product's bot: services.AddBotHandler<WorkshopActivityHandler>(). Singleton, resolved
    // per request from RequestServices.
    public static IServiceCollection AddBotHandler<THandler>(this IServiceCollection services)
        where THandler : ActivityHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ActivityHandler, THandler>();
        return services;
    }

    internal static IBotTokenProvider CreateTokenProvider(BotAppOptions options) => options switch
    {
        { HasAppId: false } => new NoBotTokenProvider(),
        { MicrosoftAppType: BotAppType.UserAssignedMSI } => new ManagedIdentityBotTokenProvider(options),
        _ => new MsalBotTokenProvider(options),
    };
}
