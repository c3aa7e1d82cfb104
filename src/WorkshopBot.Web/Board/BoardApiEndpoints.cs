using WorkshopBot.Domain.Services;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Board;

// The board page's HTTP API: the board and its export (BoardEndpoints), its actions
// (BoardActionEndpoints), its share links (ShareLinkEndpoints) and the signed-in user's werkgroepen
// (MyWerkgroepenEndpoints). Every /api/boards/{werkgroepId} endpoint is authorized against the stored
// werkgroep by WerkgroepAccessFilter with a BoardPolicies policy.
public static class BoardApiEndpoints
{
    public const string MyWerkgroepenPath = MyWerkgroepenEndpoints.Path;
    public const string IdempotencyKeyHeader = BoardActionEndpoints.IdempotencyKeyHeader;

    public static IHostApplicationBuilder AddBoardApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoardAuthorization();
        builder.Services.AddSingleton<ShareLinkServices>();
        builder.Services.AddSingleton<UserWerkgroepenQuery>();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, BoardJsonContext.Default));
        builder.Services.AddBoardResponseCompression();
        return builder;
    }

    public static WebApplication MapBoardApi(this WebApplication app)
    {
        app.UseBoardSecurityHeaders();
        app.UseBoardResponseCompression();
        app.MapGroup($"/api/boards/{{{BoardAuthentication.WerkgroepRouteValue}}}")
            .AddEndpointFilter(new BoardStorageOutageFilter())
            .MapBoardEndpoints()
            .MapMonitoringBoardEndpoints()
            .MapShareLinkEndpoints()
            .MapBoardActionEndpoints();
        app.MapMyWerkgroepenEndpoints();
        return app;
    }
}
