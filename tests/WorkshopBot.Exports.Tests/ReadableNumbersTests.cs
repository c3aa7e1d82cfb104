using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkshopBot.Application.Projections;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports.Mapping;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Exports.Tests;

// A council member reads "R1 · …" and "I2 · …", never the stored ids the product makes
// (res-3bb58fcbc8ce8fa5, ind-88422cc57bba44d5). The werkgroep below is built through the domain with ids
// made exactly as the application makes them, then mapped and rendered in every format. The indicator
// order deliberately differs from the result order (I1 belongs to R2), so a number cannot be a coincidence.
public sealed class ReadableNumbersTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(1));

    // res-…, ind-…, act-…, qa- followed by the 16 hex characters of an operation key.
    private static readonly Regex StoredId = new("\\b(res|ind|act|qa)-[0-9a-f]{16}\\b", RegexOptions.CultureInvariant);

    private static readonly string Eenzaamheid = Id(FormalItemKind.Result, "1765010000001");
    private static readonly string Regie = Id(FormalItemKind.Result, "1765010000002");
    private static readonly string Mantelzorg = Id(FormalItemKind.Indicator, "1765010000003");
    private static readonly string Eenzaam = Id(FormalItemKind.Indicator, "1765010000004");
    private static readonly string Verhalen = Id(FormalItemKind.Indicator, "1765010000005");
    private static readonly string Soos = Id(FormalItemKind.Activity, "1765010000006");
    private static readonly string Training = Id(FormalItemKind.QualityAgreement, "1765010000007");

    private static string Id(FormalItemKind kind, string deliveryId) =>
        ItemIds.For(kind, ItemIds.OperationKey("19:meeting_werkgroep@thread.v2", deliveryId));

    // R1 Eenzaamheid, R2 Regie; I1 Mantelzorg (→ R2), I2 Eenzaam (→ R1), I3 Verhalen (not linked);
    // A1 Soos (→ R1, R2), K1 Training (→ R1).
    private static Werkgroep Werkgroep()
    {
        var now = TestWorkshop.Now;
        var moderator = TestWorkshop.Moderator;
        return TestWorkshop.Werkgroep().WithOpenStep(2).WithOpenStep(3).WithOpenStep(4)
            .ProposeResult(moderator, Eenzaamheid, ResultLevel.Samenleving, new ResultDraft { Statement = "Minder eenzame 65-plussers" }, now).Ok()
            .ProposeResult(moderator, Regie, ResultLevel.Samenleving, new ResultDraft { Statement = "Mantelzorgers houden regie" }, now).Ok()
            .ProposeIndicator(moderator, Mantelzorg, 2, new Indicator { ResultId = Regie, Name = "Mantelzorgers die zich overbelast voelen", IndicatorKind = IndicatorKind.Tellen }, now).Ok()
            .ProposeIndicator(moderator, Eenzaam, 2, new Indicator { ResultId = Eenzaamheid, Name = "Percentage eenzaam", IndicatorKind = IndicatorKind.Tellen }, now).Ok()
            .ProposeIndicator(moderator, Verhalen, 2, new Indicator { Name = "Verhalen van bezoekers", IndicatorKind = IndicatorKind.Vertellen }, now).Ok()
            .ProposeActivity(moderator, Soos, new PlannedActivityDraft { What = "Wekelijkse soos", Organisations = ["Welzijn Rivierenland"], ResultIds = [Eenzaamheid, Regie] }, now).Ok()
            .ProposeQualityAgreement(moderator, Training, new QualityAgreementDraft { ConditionKind = ConditionKind.Training, Description = "Vrijwilligers getraind", ResultIds = [Eenzaamheid] }, now).Ok();
    }

    private static Model.ExportDocument Factsheet() => WerkgroepExportMapper.From(TestWorkshop.Traject(), Werkgroep(), GeneratedAt);

    private static Model.MonitoringDocument Monitoring()
    {
        static PeriodValueView Period(string key, int month, decimal value) => new(
            key, new DateOnly(2026, month, 1), new DateOnly(2026, month + 2, 30), value, null, null, "GGD", null, "Ans Jansen", "GGD Gelderland-Zuid", GeneratedAt, []);
        static IndicatorMonitoringView Tellen(string id, string name, string resultId, string statement) => new(
            id, name, resultId, statement, IndicatorKind.Tellen, "%", "per kwartaal", MonitoringFrequency.Quarterly, null, 40m, null, 30m,
            IndicatorDirection.Down, InformationNeed.NeedToKnow, ExistingRegistration.Yes, "GGD Gelderland-Zuid", "Ans Jansen",
            [Period("2026-Q1", 1, 41m), Period("2026-Q2", 4, 39m)], []);
        var story = new StoryView("st-9f2c41d07a3be6d5", "2026-Q2", StoryPerspective.Inwoner, "ontmoeting", "Ik ken mijn buren weer.", true, true, [Verhalen], [Eenzaamheid], "Welzijn Rivierenland", GeneratedAt);
        var verhalen = new IndicatorMonitoringView(
            Verhalen, "Verhalen van bezoekers", null, null, IndicatorKind.Vertellen, null, null, null, null, null, null, null, null,
            InformationNeed.NeedToKnow, ExistingRegistration.Unknown, null, null, [], [story.Id]);
        var view = new MonitoringView(
            "t-1", "w-1", "Werkgroep ontmoeting", NeedFilter.All,
            [Tellen(Mantelzorg, "Mantelzorgers die zich overbelast voelen", Regie, "Mantelzorgers houden regie"), Tellen(Eenzaam, "Percentage eenzaam", Eenzaamheid, "Minder eenzame 65-plussers"), verhalen],
            [new StoryPeriodView("2026-Q2", new DateOnly(2026, 4, 1), [story])], [], [], []);
        return MonitoringExportMapper.From(TestWorkshop.Traject(), Werkgroep(), view, GeneratedAt);
    }

    [Fact]
    public void Mappers_NumberResultsIndicatorsActivitiesAndAgreementsInStoredOrder_TheSameInBothDocuments()
    {
        var factsheet = Factsheet();
        var monitoring = Monitoring();

        Assert.Equal([("R1", Eenzaamheid), ("R2", Regie)], factsheet.Results.Select(r => (r.Number, r.Id)));
        Assert.Equal([("I1", Mantelzorg), ("I2", Eenzaam), ("I3", Verhalen)], factsheet.Indicators.Select(i => (i.Number, i.Id)));
        Assert.Equal(["A1"], factsheet.Activities.Select(a => a.Number));
        Assert.Equal(["K1"], factsheet.QualityAgreements.Select(q => q.Number));

        // The monitoring report groups by result, but R2 and I1 are still R2 and I1.
        Assert.Equal(["R1", "R2", ""], monitoring.Results.Select(r => r.Number));
        Assert.Equal([("I2", Eenzaam), ("I1", Mantelzorg), ("I3", Verhalen)], monitoring.Indicators.Select(i => (i.Number, i.Id)));
    }

    [Fact]
    public void WordFactsheet_ShowsNumbersAndNoStoredId()
    {
        var text = WordText(WordFactsheetExporter.Render(Factsheet()));

        Assert.Contains("R1 · Minder eenzame 65-plussers", text);
        Assert.Contains("R2 · Mantelzorgers houden regie", text);
        Assert.Contains("I1 · Mantelzorgers die zich overbelast voelen", text);
        Assert.Contains("I2 · Percentage eenzaam", text);
        Assert.Contains("I3 · Verhalen van bezoekers", text);
        Assert.Contains("A1 · Wekelijkse soos", text);
        Assert.Contains("R1, R2", text);
        Assert.Contains("K1 · Scholing", text);
        Assert.DoesNotMatch(StoredId, text);
    }

    [Fact]
    public void Markdown_ShowsNumbersAndNoStoredId()
    {
        var markdown = MarkdownExporter.RenderText(Factsheet());

        Assert.Contains("\n### R2 · Mantelzorgers houden regie\n", markdown);
        Assert.Contains("\n### I2 · Percentage eenzaam\n", markdown);
        Assert.Contains("| A1 · Wekelijkse soos |", markdown);
        Assert.DoesNotMatch(StoredId, markdown);
    }

    [Fact]
    public void ExcelRegister_NumberAndResultColumnsShowNumbers()
    {
        using var workbook = new XLWorkbook(new MemoryStream(ExcelIndicatorRegisterExporter.Render(Factsheet())));

        var sheet = workbook.Worksheet("Indicatorregister");
        var header = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var number = header.IndexOf("Nr.") + 1;
        var result = header.IndexOf("Resultaat nr.") + 1;
        Assert.Equal(["I1", "I2", "I3"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, number).GetString()));
        Assert.Equal(["R2", "R1", ""], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, result).GetString()));
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => StoredId.IsMatch(c.GetString()));
    }

    [Fact]
    public void CsvRegister_NumberAndResultColumnsShowNumbers()
    {
        var bytes = CsvExporter.Render(Factsheet());

        var records = CsvRecords.Parse(bytes, ';');
        var number = records[0].ToList().IndexOf("Nr.");
        var result = records[0].ToList().IndexOf("Resultaat nr.");
        Assert.Equal(["I1", "I2", "I3"], records.Skip(1).Select(r => r[number]));
        Assert.Equal(["R2", "R1", ""], records.Skip(1).Select(r => r[result]));
        Assert.DoesNotMatch(StoredId, CsvRecords.Text(bytes));
    }

    [Fact]
    public void Json_KeepsTheStoredIdsForLinkingAndAddsTheNumbers()
    {
        using var json = JsonDocument.Parse(JsonExporter.Render(Factsheet()));

        var document = json.RootElement.GetProperty("document");
        var indicator = document.GetProperty("indicators")[0];
        Assert.Equal(Mantelzorg, indicator.GetProperty("id").GetString());
        Assert.Equal("I1", indicator.GetProperty("number").GetString());
        Assert.Equal(Regie, indicator.GetProperty("resultId").GetString());
        Assert.Equal(Eenzaamheid, document.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal([Eenzaamheid, Regie], document.GetProperty("activities")[0].GetProperty("resultIds").EnumerateArray().Select(e => e.GetString()));

        var monitoring = Encoding.UTF8.GetString(MonitoringJsonExporter.Render(Monitoring()));
        Assert.Contains(Eenzaam, monitoring, StringComparison.Ordinal);
        Assert.Contains(Eenzaamheid, monitoring, StringComparison.Ordinal);
    }

    [Fact]
    public void MonitoringReport_ShowsNumbersAndNoStoredId()
    {
        var text = WordText(MonitoringReportExporter.Render(Monitoring()));

        Assert.Contains("R1 · Minder eenzame 65-plussers", text);
        Assert.Contains("I2 · Percentage eenzaam", text);
        Assert.Contains("R2 · Mantelzorgers houden regie", text);
        Assert.Contains("I1 · Mantelzorgers die zich overbelast voelen", text);
        Assert.Contains("I3 · Verhalen van bezoekers", text);
        Assert.DoesNotMatch(StoredId, text);
    }

    [Fact]
    public void TimeSeries_ExcelAndCsv_ShowNumbersAndNoStoredId()
    {
        var document = Monitoring();

        using var workbook = new XLWorkbook(new MemoryStream(ExcelTimeSeriesExporter.Render(document)));
        var rows = workbook.Worksheet(1).RangeUsed().RowsUsed().Skip(1).ToArray();
        Assert.Equal([("R1", "I2"), ("R1", "I2"), ("R2", "I1"), ("R2", "I1")], rows.Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString())));
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => StoredId.IsMatch(c.GetString()));

        var csv = MonitoringCsvExporter.Render(document);
        Assert.Equal([("R1", "I2"), ("R1", "I2"), ("R2", "I1"), ("R2", "I1")], CsvRecords.Parse(csv, ';').Skip(1).Select(r => (r[0], r[1])));
        Assert.DoesNotMatch(StoredId, CsvRecords.Text(csv));
    }

    private static string WordText(byte[] bytes)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", package.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
