using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using WorkshopBot.Exports.Json;
using WorkshopBot.Exports.Model;
using Xunit;
using Language = WorkshopBot.Domain.Localization.Language;

namespace WorkshopBot.Exports.Tests.Monitoring;

public sealed class TimeSeriesExportTests
{
    private static readonly string[] DutchHeader =
    [
        "Resultaat nr.", "Nr.", "Indicator", "Tellen/vertellen", "Eenheid", "Need-to-know / nice-to-know", "Data-eigenaar", "Frequentie",
        "Nulmeting", "Streefwaarde", "Richting", "Periode", "Van", "Tot en met", "Waarde", "Teller", "Noemer", "Bron",
        "Toelichting", "Keer gecorrigeerd",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Excel_PassesOpenXmlValidator(bool hostile)
    {
        var document = hostile ? SampleMonitoring.Hostile() : SampleMonitoring.NederBetuwe();

        using var package = SpreadsheetDocument.Open(new MemoryStream(ExcelTimeSeriesExporter.Render(document)), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Excel_ReopensWithOneRowPerMeasurementAsNumbersAndDates()
    {
        var document = SampleMonitoring.NederBetuwe();

        using var workbook = new XLWorkbook(new MemoryStream(ExcelTimeSeriesExporter.Render(document)));

        var sheet = workbook.Worksheet("Tijdreeksen");
        var rows = sheet.RangeUsed().RowsUsed().ToArray();
        Assert.Equal(document.Indicators.Sum(i => i.Measurements.Count) + 1, rows.Length);
        Assert.Equal(DutchHeader, rows[0].Cells().Select(c => c.GetString()).ToArray());

        // I1 in period order, then the nice-to-know I3; I2 (vertellen, stories only) has no rows.
        Assert.Equal(["I1", "I1", "I1", "I3"], rows.Skip(1).Select(r => r.Cell(2).GetString()).ToArray());
        Assert.Equal([40d, 38d, 36.5d, 15d], rows.Skip(1).Select(r => r.Cell(15).GetDouble()).ToArray());
        var q2 = rows[2];
        Assert.Equal("2026 Q2", q2.Cell(12).GetString());
        Assert.Equal(new DateTime(2026, 4, 1), q2.Cell(13).GetDateTime());
        Assert.Equal(new DateTime(2026, 6, 30), q2.Cell(14).GetDateTime());
        Assert.Equal(190d, q2.Cell(16).GetDouble());
        Assert.Equal(500d, q2.Cell(17).GetDouble());
        Assert.Equal(42d, q2.Cell(9).GetDouble());
        Assert.Equal("lager is beter", q2.Cell(11).GetString());
        Assert.Equal(1d, rows[3].Cell(20).GetDouble());
        Assert.Equal(XLDataType.Number, q2.Cell(15).DataType);
    }

    [Fact]
    public void Excel_OfANeedToKnowDocument_HasOnlyItsRows()
    {
        using var workbook = new XLWorkbook(new MemoryStream(ExcelTimeSeriesExporter.Render(SampleMonitoring.NederBetuweNeedToKnow())));

        var numbers = workbook.Worksheet(1).RangeUsed().RowsUsed().Skip(1).Select(r => r.Cell(2).GetString()).ToArray();
        Assert.Equal(["I1", "I1", "I1"], numbers);
    }

    [Fact]
    public void Excel_HostileText_IsNeutralisedText()
    {
        using var workbook = new XLWorkbook(new MemoryStream(ExcelTimeSeriesExporter.Render(SampleMonitoring.Hostile())));

        var cells = workbook.Worksheet(1).CellsUsed().ToArray();
        Assert.DoesNotContain(cells, c => c.HasFormula);
        Assert.Contains(cells, c => c.GetString() == "'=HYPERLINK(\"http://x\")");
        Assert.Contains(cells, c => c.GetString() == "<script>alert(1)</script>");
    }

    [Fact]
    public void Csv_RoundTripsEveryMeasurementInTheLanguagesNotation()
    {
        var document = SampleMonitoring.NederBetuwe();

        var records = CsvRecords.Parse(MonitoringCsvExporter.Render(document), ';');

        Assert.Equal(DutchHeader, records[0]);
        var expected = document.Results.SelectMany(r => r.Indicators.SelectMany(i => i.MeasurementsInOrder.Select(m => (r, i, m)))).ToArray();
        Assert.Equal(expected.Length, records.Count - 1);
        for (var k = 0; k < expected.Length; k++)
        {
            var (result, indicator, measurement) = expected[k];
            var row = records[k + 1];
            Assert.Equal(result.Number, row[0]);
            Assert.Equal(indicator.Number, row[1]);
            Assert.Equal(indicator.Name, row[2]);
            Assert.Equal(measurement.PeriodLabel, row[11]);
            Assert.Equal(measurement.PeriodStart, DateOnly.ParseExact(row[12], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(measurement.EffectiveValue, double.Parse(row[14], new CultureInfo("nl-NL")));
            Assert.Equal(measurement.Source, row[17]);
            Assert.Equal(measurement.Note, row[18]);
        }

        Assert.Equal("36,5", records[3][14]);
    }

    [Fact]
    public void Csv_InEnglishWithCommas_UsesDecimalPoints()
    {
        var records = CsvRecords.Parse(MonitoringCsvExporter.Render(SampleMonitoring.NederBetuwe(), Language.English, separator: ','), ',');

        Assert.Equal("Period", records[0][11]);
        Assert.Equal("36.5", records[3][14]);
        Assert.Equal("lower is better", records[3][10]);
    }

    [Fact]
    public void Csv_HostileText_CannotStartAFormulaInAnyCell()
    {
        var content = MonitoringCsvExporter.Render(SampleMonitoring.Hostile());

        Assert.DoesNotContain(CsvRecords.LooseCells(content), CsvRecords.CouldStartFormula);
    }

    [Fact]
    public void Json_RoundTripsTheWholeDocument()
    {
        var document = SampleMonitoring.NederBetuwe();

        var read = MonitoringJsonExporter.Read(MonitoringJsonExporter.Render(document));

        Assert.NotNull(read);
        Assert.Equal(MonitoringJsonExporter.SchemaVersion, read.SchemaVersion);
        var back = read.Document;
        Assert.Equal(document.Title, back.Title);
        Assert.Equal(document.GeneratedAt, back.GeneratedAt);
        Assert.Equal(document.Reflections, back.Reflections);
        Assert.Equal(document.ImprovementActions, back.ImprovementActions);
        Assert.Equal(document.Results.Count, back.Results.Count);
        var expected = document.Indicators.ToArray();
        var actual = back.Indicators.ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i] with { Measurements = [], Stories = [] }, actual[i] with { Measurements = [], Stories = [] });
            Assert.Equal(expected[i].Measurements, actual[i].Measurements);
            Assert.Equal(expected[i].Stories, actual[i].Stories);
        }
    }

    [Fact]
    public void Json_UsesCamelCaseNamesAndEnumValues()
    {
        var json = System.Text.Encoding.UTF8.GetString(MonitoringJsonExporter.Render(SampleMonitoring.NederBetuweNeedToKnow()));

        Assert.Contains("\"schemaVersion\": 1", json);
        Assert.Contains("\"kind\": \"vertellen\"", json);
        Assert.Contains("\"need\": \"needToKnow\"", json);
        Assert.Contains("\"direction\": \"decrease\"", json);
        Assert.Contains("\"direction\": \"unspecified\"", json);
        Assert.Contains("\"perspective\": \"vrijwilliger\"", json);
        Assert.Contains("\"status\": \"inProgress\"", json);
        Assert.Contains("\"consentToQuote\": false", json);
        Assert.Contains("\"periodStart\": \"2026-04-01\"", json);
        Assert.DoesNotContain(SampleMonitoring.NiceToKnowName, json);
    }
}
