using System.Net;
using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.Web.Monitoring;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 17: the progress chart "in chat as an image rendered on the server". "voortgang" answers with the
// overview card whose Image points at the PNG chart on a signed link (Teams fetches card images without the
// user's sign-in). The link shows that one chart without a sign-in, and nothing else: a changed signature,
// another indicator or an expired link is a plain 404; the URL names no person.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostChartImageTests : HostBenchTest
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    private readonly MovableClock clock;

    public HostChartImageTests(AzuriteFixture azurite)
        : this(azurite, new MovableClock())
    {
    }

    private HostChartImageTests(AzuriteFixture azurite, MovableClock clock)
        : base(azurite, TimeSpan.FromSeconds(90), clock, checkCardsAtEnd: true) => this.clock = clock;

    [Fact]
    public async Task Voortgang_ShowsTheMeasuredChartAsASignedPng_OnlyThatChartAndOnlyForADay()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await SeedIndicatorsAsync(werkgroepId);
        await MeasureAsync(conversation, moderator, werkgroepId, "22");

        var before = Bench.Connector.Requests.Count;
        await Bench.PostAsync(Bench.Message(conversation, moderator, "voortgang"), Ct);
        var overview = Bench.Connector.Requests.Skip(before).SelectMany(HostBench.CardsIn).Single(c => c.ToJsonString().Contains("\"Image\"", StringComparison.Ordinal));
        var images = Images(overview);
        var image = Assert.Single(images);
        Assert.Contains("Inwoners die zich eenzaam voelen", (string)image["altText"]!);
        var url = new Uri((string)image["url"]!);
        Assert.StartsWith("/charts/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(moderator.AadObjectId, url.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(moderator.Id, Uri.UnescapeDataString(url.ToString()), StringComparison.Ordinal);

        // Without a sign-in, as Teams fetches it: the PNG.
        using (var png = await GetAsync(url.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            Assert.Equal(PngSignature, (await png.Content.ReadAsByteArrayAsync(Ct))[..8]);
        }

        // The same link for the other indicator, or with a changed signature: nothing.
        var other = url.PathAndQuery.Replace("/ind-eenzaam.png", "/ind-vervoer.png", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(other)).StatusCode);
        var signature = url.Query.Split("sig=")[1];
        var forged = url.PathAndQuery.Replace("sig=" + signature, "sig=" + (signature[0] == 'A' ? 'B' : 'A') + signature[1..], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(url.AbsolutePath)).StatusCode);

        // A day later the link has expired.
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(url.PathAndQuery)).StatusCode);
    }

    // Yesterday's overview is still in the chat, its links expired. Teams shows it to a member listed in
    // refresh.userIds (by Teams id, never the Entra object id) and sends the card's refresh action as them with
    // trigger "automatic" (PROTOCOL.md §6); the answer is their overview now, with a link signed now that works.
    [Fact]
    public async Task OverviewInChat_AfterItsLinksExpired_RefreshesWithFreshlySignedLinks()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await SeedIndicatorsAsync(werkgroepId);
        await MeasureAsync(conversation, moderator, werkgroepId, "31");
        var before = Bench.Connector.Requests.Count;
        await Bench.PostAsync(Bench.Message(conversation, moderator, "voortgang"), Ct);
        var posted = Bench.Connector.Requests.Skip(before).SelectMany(HostBench.CardsIn).Single(c => Images(c).Count > 0);
        var oldUrl = new Uri((string)Assert.Single(Images(posted))["url"]!);
        var userIds = posted["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!).ToArray();
        Assert.Contains(moderator.Id, userIds);
        Assert.DoesNotContain(moderator.AadObjectId, userIds);
        Assert.All(userIds, id => Assert.StartsWith("29:", id, StringComparison.Ordinal));

        clock.Advance(ChartImageLinks.Lifetime + TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(oldUrl.PathAndQuery)).StatusCode);

        var action = posted["refresh"]!["action"]!;
        var invoke = Bench.Invoke(conversation, moderator, (string)action["verb"]!, action["data"]!.DeepClone().AsObject(), replyToId: "1:overview-yesterday");
        invoke["value"]!["trigger"] = "automatic";
        var refreshed = await Bench.PostAsync(invoke, Ct);

        Assert.True(refreshed.IsCard, refreshed.ToString());
        var newUrl = new Uri((string)Assert.Single(Images(refreshed.Card!))["url"]!);
        Assert.NotEqual(oldUrl, newUrl);
        Assert.Equal(oldUrl.AbsolutePath, newUrl.AbsolutePath);
        using (var png = await GetAsync(newUrl.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal(PngSignature, (await png.Content.ReadAsByteArrayAsync(Ct))[..8]);
        }

        // Still the moderator's own overview, and it keeps refreshing itself.
        Assert.Contains(CardQuery.ExecuteActions(refreshed.Card!, CardVerbs.ShowMonitoring), a => (string?)a["data"]?[MonitoringInputs.Show] == MonitoringInputs.ShowReflectionForm);
        Assert.Contains(moderator.Id, refreshed.Card!["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!));
    }

    private async Task MeasureAsync(string conversation, HostUser moderator, string werkgroepId, string value)
    {
        var lastQuarter = MonitoringPeriod.Containing(MonitoringFrequency.Quarterly, clock.GetUtcNow()).Previous();
        var assigned = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.AssignDataOwner, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.OwnerIndicator] = "ind-eenzaam",
            [MonitoringInputs.OwnerUser] = moderator.AadObjectId,
            [MonitoringInputs.OwnerSince] = lastQuarter.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }), Ct);
        Assert.True(assigned.IsCard, assigned.ToString());
        var entered = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.RecordMeasurement, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.IndicatorId] = "ind-eenzaam",
            [MonitoringInputs.Period] = lastQuarter.Key,
            [MonitoringInputs.Value] = value,
        }), Ct);
        Assert.True(entered.IsCard, entered.ToString());
    }

    private static List<JsonObject> Images(JsonNode card)
    {
        var found = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if ((string?)o["type"] == "Image")
                    {
                        found.Add(o);
                    }

                    foreach (var (_, value) in o)
                    {
                        Walk(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(card);
        return found;
    }

    private Task<HttpResponseMessage> GetAsync(string pathAndQuery) =>
        Bench.Client.GetAsync(new Uri(Bench.Host.BaseAddress, pathAndQuery), Ct);

    // A tellen indicator per kwartaal (measured in the test) and one not yet measured (no chart).
    private Task SeedIndicatorsAsync(string werkgroepId) =>
        Bench.Workshops.UpdateWerkgroepAsync(
            werkgroepId,
            (w, now) => new Change<Domain.Werkgroepen.Werkgroep>(
                w with
                {
                    Version = w.Version + 1,
                    Indicators =
                    [
                        new Indicator { Id = "ind-eenzaam", Name = "Inwoners die zich eenzaam voelen", Frequency = "per kwartaal", Baseline = "24%", Target = "18%", Direction = IndicatorDirection.Down },
                        new Indicator { Id = "ind-vervoer", Name = "Ritten met de buurtbus", Frequency = "per kwartaal" },
                    ],
                },
                [new WorkshopEvent(w.TrajectId, w.Id, w.Version + 1, "test-seed", "test", "test", now, "indicators")]),
            Ct);
}
