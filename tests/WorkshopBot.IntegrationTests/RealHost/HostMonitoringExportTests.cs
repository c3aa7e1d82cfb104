using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.IntegrationTests.Board;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Step 6's exports through the real host on Azurite: after the cycle (an owner enters three quarters from
// the due card in a 1:1, a partner adds a quote with consent, the moderator's reflection makes an
// improvement action) the moderator downloads the Word monitoring report and the Excel time series from the
// board API with an SSO token, and the board's progress section gets the accessible SVG chart.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMonitoringExportTests(AzuriteFixture azurite) : BoardSsoHostTest(azurite, TimeSpan.FromSeconds(120))
{
    private const string Quote = "Sinds de koffieochtend heb ik weer iemand om mee te praten.";

    private string? _conversation;

    [Fact]
    public async Task AfterTheCycle_WordReportIsValidWithChartAndStory_TimeSeriesHasARowPerMeasurement_BoardGetsTheSvg()
    {
        var (werkgroepId, moderator) = await RunTheCycleAsync();

        using var word = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/export.docx", moderator);
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.StartsWith("monitoringrapportage-werkgroep-", word.Content.Headers.ContentDisposition?.FileNameStar ?? word.Content.Headers.ContentDisposition?.FileName);
        using (var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync(Ct)))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
            var image = Assert.Single(document.MainDocumentPart!.ImageParts);
            Assert.Equal("image/png", image.ContentType);
            var text = document.MainDocumentPart.Document.Body!.InnerText;
            Assert.Contains(Quote, text);
            Assert.Contains("Koffieochtend ook op zaterdag", text);
            Assert.Contains("Inwoners die zich eenzaam voelen", text);
        }

        using var excel = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/export.xlsx", moderator);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using (var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(Ct)))
        using (var workbook = new XLWorkbook(stream))
        {
            var sheet = workbook.Worksheet("Tijdreeksen");
            var header = sheet.Row(1).CellsUsed().ToList();
            var value = header.Single(c => c.GetString() == "Waarde").Address.ColumnNumber;
            var rows = sheet.RowsUsed().Skip(1).ToList();
            Assert.Equal(3, rows.Count);
            Assert.Equal([24d, 22.5d, 21d], rows.Select(r => r.Cell(value).GetDouble()));
        }

        using var csv = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/export.csv?need=needtoknow", moderator);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("22,5", await csv.Content.ReadAsStringAsync(Ct));

        using var json = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/export.json", moderator);
        var memberJson = await json.Content.ReadAsStringAsync(Ct);
        Assert.Contains(Quote, memberJson);
        Assert.Contains("Jan Bakker", memberJson);

        using var badFilter = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/export.docx?need=alles", moderator);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        using var anonymous = await Bench.Client.GetAsync(new Uri(Bench.Host.BaseAddress, $"/api/boards/{werkgroepId}/monitoring/export.docx"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        // A share-link reader (a partner outside the tenant) gets the report without person names.
        var share = await ShareQueryAsync(werkgroepId, moderator);
        using var shared = await Bench.Client.GetAsync(new Uri(Bench.Host.BaseAddress, $"/api/boards/{werkgroepId}/monitoring/export.json{share}"), Ct);
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        var sharedJson = await shared.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Koffieochtend ook op zaterdag", sharedJson);
        Assert.DoesNotContain("Jan Bakker", sharedJson);

        using var progress = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring", moderator);
        var body = JsonNode.Parse(await progress.Content.ReadAsStringAsync(Ct))!;
        var indicator = body["indicators"]![0]!;
        Assert.Equal("ind-eenzaam", (string?)indicator["id"]);
        Assert.Equal(5, indicator["table"]!["rows"]!.AsArray().Count);
        Assert.Equal(Quote, (string?)body["storiesByPeriod"]![0]!["stories"]![0]!["text"]);

        using var svg = await BoardGetAsync($"/api/boards/{werkgroepId}/{(string?)indicator["chartUrl"]}", moderator);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var markup = await svg.Content.ReadAsStringAsync(Ct);
        Assert.Contains("role=\"img\"", markup);
        Assert.Contains("<desc", markup);
        Assert.Contains("22,5", markup);
    }

    [Fact]
    public async Task StoriesWithoutConsent_AreNotQuotedInTheReport_BoardGroupsStoriesPerResult_NeedToKnowFiltersEverywhere()
    {
        var (werkgroepId, moderator) = await RunTheCycleAsync();
        const string Unconsented = "Haar buurman vertelde dat hij sinds de zomer niemand meer spreekt.";
        const string NiceToKnowStory = "De soos trekt ook jongere bezoekers.";
        await Bench.Workshops.UpdateWerkgroepAsync(
            werkgroepId,
            (w, now) => new Change<Domain.Werkgroepen.Werkgroep>(
                w with
                {
                    Version = w.Version + 1,
                    Results = [new Result { Id = "res-ontmoeting", Statement = "Inwoners ontmoeten elkaar vaker" }],
                    Indicators =
                    [
                        w.Indicators[0] with { ResultId = "res-ontmoeting" },
                        new Indicator { Id = "ind-bezoek", Name = "Bezoekers van de soos", Frequency = "per jaar", Need = InformationNeed.NiceToKnow },
                    ],
                },
                [new WorkshopEvent(w.TrajectId, w.Id, w.Version + 1, "test-seed", "test", "test", now, "result and a nice-to-know indicator")]),
            Ct);
        var conversation = _conversation!;
        var partner = HostBench.User("Fatima El Amrani");
        await Bench.PostAsync(Bench.Message(conversation, partner, "organisatie MEE cliëntondersteuning"), Ct);
        foreach (var (text, results, indicators, consent) in new[] { (Unconsented, "res-ontmoeting", "", "false"), (NiceToKnowStory, "", "ind-bezoek", "true") })
        {
            var saved = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.AddStory, new JsonObject
            {
                [CardDataKeys.WerkgroepId] = werkgroepId,
                [MonitoringInputs.StoryText] = text,
                [MonitoringInputs.Perspective] = "Professional",
                [MonitoringInputs.StoryResults] = results,
                [MonitoringInputs.StoryIndicators] = indicators,
                [MonitoringInputs.Consent] = consent,
            }), Ct);
            Assert.Contains("Het verhaal is opgeslagen", CardQuery.AllText(saved.Card!));
        }

        using (var word = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/export.docx", moderator))
        using (var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync(Ct)))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains(Quote, text);
            Assert.Contains(NiceToKnowStory, text);
            Assert.DoesNotContain(Unconsented, text);
            Assert.Contains("Verhalen bij dit resultaat", text);
            Assert.Contains("Niet geciteerd: er is geen toestemming om dit verhaal te citeren.", text);
        }

        using (var word = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/export.docx?need=needtoknow", moderator))
        using (var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync(Ct)))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.DoesNotContain("Bezoekers van de soos", text);
            Assert.DoesNotContain(NiceToKnowStory, text);
            Assert.Contains("Alleen de need-to-know-indicatoren", text);
            Assert.Single(document.MainDocumentPart.ImageParts);
        }

        using var progress = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring", moderator);
        var body = JsonNode.Parse(await progress.Content.ReadAsStringAsync(Ct))!;
        var groups = body["storiesByResult"]!.AsArray();
        Assert.Equal(["res-ontmoeting", null], groups.Select(g => (string?)g!["resultId"]));
        Assert.Equal("Inwoners ontmoeten elkaar vaker", (string?)groups[0]!["result"]);
        Assert.Equal([Quote, Unconsented], groups[0]!["stories"]!.AsArray().Select(s => (string?)s!["text"]));
        Assert.Equal(["Inwoners die zich eenzaam voelen"], groups[0]!["stories"]![0]!["indicators"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(NiceToKnowStory, (string?)groups[1]!["stories"]![0]!["text"]);

        using var needToKnow = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring?need=needtoknow", moderator);
        var filtered = await needToKnow.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(NiceToKnowStory, filtered);
        Assert.DoesNotContain("Bezoekers van de soos", filtered);
        Assert.Contains(Unconsented, filtered);
        using var hiddenChart = await BoardGetAsync($"/api/boards/{werkgroepId}/monitoring/indicators/ind-bezoek/chart.svg?need=needtoknow", moderator);
        Assert.Equal(HttpStatusCode.NotFound, hiddenChart.StatusCode);

        // A share-link reader (outside the tenant) sees that the story was told, not its words; quotes with
        // consent stay readable, on the board and in the JSON export.
        var share = await ShareQueryAsync(werkgroepId, moderator);
        using var guestProgress = await Bench.Client.GetAsync(new Uri(Bench.Host.BaseAddress, $"/api/boards/{werkgroepId}/monitoring{share}"), Ct);
        Assert.Equal(HttpStatusCode.OK, guestProgress.StatusCode);
        var guestBody = await guestProgress.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(Unconsented, guestBody);
        var guestStories = JsonNode.Parse(guestBody)!["storiesByResult"]![0]!["stories"]!.AsArray();
        Assert.Equal([Quote, ""], guestStories.Select(s => (string?)s!["text"]));
        Assert.Equal([false, true], guestStories.Select(s => (bool)s!["textWithheld"]!));
        Assert.Equal("professional", (string?)guestStories[1]!["perspective"]);
        using var guestJson = await Bench.Client.GetAsync(new Uri(Bench.Host.BaseAddress, $"/api/boards/{werkgroepId}/monitoring/export.json{share}"), Ct);
        var guestExport = await guestJson.Content.ReadAsStringAsync(Ct);
        Assert.Contains(Quote, guestExport);
        Assert.DoesNotContain(Unconsented, guestExport);
    }

    // A share link made by the moderator on the board, as the query string a guest's requests carry.
    private async Task<string> ShareQueryAsync(string werkgroepId, HostUser moderator)
    {
        using (var created = await BoardActAsync(werkgroepId, moderator, "createShareLink", new { expiresInDays = 7 }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        }

        using var links = await BoardGetAsync($"/api/boards/{werkgroepId}/share-links", moderator);
        return new Uri((string)JsonNode.Parse(await links.Content.ReadAsStringAsync(Ct))!["shareLinks"]![0]!["url"]!).Query;
    }

    // The cycle as in HostMonitoringTests (which also covers the due card): the owner enters the three
    // quarters that have ended most recently (tokens carry the real time, so the host's clock is real),
    // a partner adds a quote with consent, the moderator's reflection makes an improvement action.
    private async Task<(string WerkgroepId, HostUser Moderator)> RunTheCycleAsync()
    {
        var current = MonitoringPeriod.Containing(MonitoringFrequency.Quarterly, DateTimeOffset.UtcNow);
        var quarters = new[] { current.Previous().Previous().Previous(), current.Previous().Previous(), current.Previous() };
        var conversation = _conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke de Vries");
        var owner = HostBench.User("Jan Bakker");
        var partner = HostBench.User("Fatima El Amrani");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await Bench.PostAsync(Bench.Message(conversation, owner, "organisatie Welzijn Neder-Betuwe"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, partner, "organisatie MEE cliëntondersteuning"), Ct);
        await MonitoringSeed.DefinitionsAsync(Bench, werkgroepId, Ct);

        var assigned = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.AssignDataOwner, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.OwnerIndicator] = "ind-eenzaam",
            [MonitoringInputs.OwnerUser] = owner.AadObjectId,
            [MonitoringInputs.OwnerSince] = quarters[0].FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }), Ct);
        Assert.True(assigned.IsCard, assigned.ToString());

        var personalChat = "a:1" + Guid.NewGuid().ToString("N");
        foreach (var (period, value) in new[] { (quarters[0].Key, "24"), (quarters[1].Key, "22.5"), (quarters[2].Key, "21") })
        {
            var entered = await Bench.PostAsync(MonitoringSeed.Personal(Bench.Invoke(personalChat, owner, CardVerbs.RecordMeasurement, new JsonObject
            {
                [CardDataKeys.WerkgroepId] = werkgroepId,
                [MonitoringInputs.IndicatorId] = "ind-eenzaam",
                [MonitoringInputs.Period] = period,
                [MonitoringInputs.Value] = value,
                [MonitoringInputs.Source] = "Gezondheidsmonitor",
            })), Ct);
            Assert.True(entered.IsCard, entered.ToString());
        }

        var story = await Bench.PostAsync(Bench.Invoke(conversation, partner, CardVerbs.AddStory, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.StoryText] = Quote,
            [MonitoringInputs.Perspective] = "Inwoner",
            [MonitoringInputs.StoryIndicators] = "ind-eenzaam",
            [MonitoringInputs.IsQuote] = "true",
            [MonitoringInputs.Consent] = "true",
        }), Ct);
        Assert.Contains("Het verhaal is opgeslagen", CardQuery.AllText(story.Card!));

        var reflection = await Bench.PostAsync(Bench.Invoke(conversation, moderator, CardVerbs.RecordReflection, new JsonObject
        {
            [CardDataKeys.WerkgroepId] = werkgroepId,
            [MonitoringInputs.WhatWeSee] = "Eenzaamheid daalt van 24 naar 21 procent; verhalen noemen de koffieochtend.",
            [MonitoringInputs.WhatItMeans] = "Ontmoeting dichtbij werkt.",
            [MonitoringInputs.WhatWeChange] = "Ook op zaterdag.",
            [MonitoringInputs.ActionText] = "Koffieochtend ook op zaterdag",
            [MonitoringInputs.ActionActivities] = "act-koffie",
            [MonitoringInputs.ActionOwner] = "Jan Bakker",
            [MonitoringInputs.ActionDue] = "2027-03-01",
        }), Ct);
        Assert.Contains("1 verbeteractie", CardQuery.AllText(reflection.Card!));
        return (werkgroepId, moderator);
    }
}
