using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Hosting;
using WorkshopBot.Web.Board;

namespace WorkshopBot.IntegrationTests.Board;

// The real host (TestKit's BotHost) with Azurite tables under a unique prefix, SSO metadata from a
// TestTokenIssuer, and one seeded werkgroep.
internal sealed class BoardApiHost : IAsyncDisposable
{
    public const string TenantId = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string OtherTenantId = "bbbbbbbb-0000-0000-0000-000000000002";
    public const string BotAppId = "cccccccc-0000-0000-0000-000000000003";
    public const string WerkgroepId = "wg-board-api";
    public const string ConversationId = "19:board-api@thread.v2";

    public static readonly Actor Moderator = new("oid-moderator", "Anna de Vries", "Gemeente Neder-Betuwe");
    public static readonly Actor Participant = new("oid-jan", "Jan Jansen", "Welzijn Neder-Betuwe");
    public static readonly Actor Outsider = new("oid-olaf", "Olaf Buiten", "Elders");

    private readonly BotHost _host;
    private readonly AzuriteTables _tables;

    private BoardApiHost(BotHost host, AzuriteTables tables, TestTokenIssuer issuer)
    {
        _host = host;
        _tables = tables;
        Issuer = issuer;
        Client = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public HttpClient Client { get; }

    public TestTokenIssuer Issuer { get; }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<BoardApiHost> StartAsync(AzuriteFixture azurite, string environment = "Production", IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var issuer = new TestTokenIssuer();
        await issuer.StartAsync();
        var tables = azurite.CreateTables();
        var settings = new Dictionary<string, string?>(tables.Configuration)
        {
            ["Board:SsoClientId"] = TestTokenIssuer.ClientId,
            ["Board:SsoOpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Board:DevelopmentIdentity"] = environment == "Development" ? "true" : "false",
        };
        if (environment != "Development")
        {
            // Outside Development the host needs a bot app id and the board's tenant (the deployed shape).
            settings["MicrosoftAppType"] = "UserAssignedMSI";
            settings["MicrosoftAppId"] = BotAppId;
            settings["MicrosoftAppTenantId"] = TenantId;
            settings["Board:SsoTenantId"] = TenantId;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var options = new BotHostOptions
        {
            Settings = settings,
            Environment = environment,
            ConfigureServices = environment == "Development"
                ? null
                : services => services.AddSingleton<IBotTokenProvider>(new WorkshopBot.TestKit.Protocol.FixedBotTokenProvider("test-token")),
        };
        var host = new BoardApiHost(await BotHost.StartAsync(options, CancellationToken.None), tables, issuer);
        await host.SeedAsync();
        return host;
    }

    // A traject of our tenant with one werkgroep: Anna moderates, Jan joined, step 1 is open.
    private async Task SeedAsync()
    {
        var workshops = Get<WorkshopService>();
        await workshops.CreateTrajectAsync(
            now => Traject.Create("tr-board-api", "Kwaliteitskompas Sociaal Domein 2026", "Neder-Betuwe", "Eenzaamheid", TenantId, null, Moderator, now),
            CancellationToken.None);
        var started = await workshops.StartWerkgroepAsync(
            "tr-board-api",
            (traject, now) => Werkgroep.Start(traject, WerkgroepId, "Werkgroep Eenzaamheid", new ConversationBinding(ConversationId, ConversationKind.GroupChat), Moderator, now),
            CancellationToken.None);
        Assert(started.IsSuccess, "start werkgroep");
        Assert((await workshops.UpdateWerkgroepAsync(WerkgroepId, (w, now) => w.OpenStep(Moderator, 1, now), CancellationToken.None)).IsSuccess, "open step");
        Assert((await workshops.UpdateWerkgroepAsync(WerkgroepId, (w, now) => w.Join(Participant, now), CancellationToken.None)).IsSuccess, "join");
    }

    public async Task<string> ShareTokenAsync(int validDays = 7)
    {
        var (_, token) = await Get<ShareLinkService>().CreateAsync(WerkgroepId, Moderator.UserId, validDays, CancellationToken.None);
        return token;
    }

    public string TokenFor(Actor actor, string tenantId = TenantId) => Issuer.Token(tenantId, actor.UserId, actor.DisplayName);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        await _tables.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    private static void Assert(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Seeding failed: {what}.");
        }
    }
}
