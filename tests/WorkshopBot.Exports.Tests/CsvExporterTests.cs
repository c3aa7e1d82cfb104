using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Model;
using Xunit;

namespace WorkshopBot.Exports.Tests;

public sealed class CsvExporterTests
{
    [Fact]
    public void Render_SampleDocument_StartsWithUtf8BomAndKeepsDutchCharacters()
    {
        var bytes = CsvExporter.Render(SampleDocuments.NederBetuwe());

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Contains("Cliëntondersteuning Betuwe", CsvRecords.Text(bytes));
    }

    [Fact]
    public void Render_SampleDocument_ParsesBackWithHeaderAndOneRecordPerIndicator()
    {
        var document = SampleDocuments.NederBetuwe();

        var records = CsvRecords.Parse(CsvExporter.Render(document), ';');

        Assert.Equal(document.Indicators.Count + 1, records.Count);
        Assert.Equal("Nr.", records[0][0]);
        Assert.Equal("Gekoppeld resultaat", records[0][16]);
        Assert.All(records, r => Assert.Equal(22, r.Count));
        Assert.Equal(document.Indicators.Select(i => i.Name), records.Skip(1).Select(r => r[1]));
        Assert.Equal("vertellen", records[2][5]);
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void Render_FieldsWithSeparatorsQuotesAndNewlines_ParseBackUnchanged(char separator)
    {
        const string tricky = "Aantal; \"echte\" contacten\nper buurt, gemeten";
        var document = WithFirstIndicator(i => i with { Definition = tricky, DataSource = " spatie vooraan", Target = "10,8%" });

        var bytes = CsvExporter.Render(document, Language.Dutch, separator);
        var records = CsvRecords.Parse(bytes, separator);

        Assert.Equal(2, records.Count);
        Assert.Equal(tricky, records[1][2]);
        Assert.Equal(" spatie vooraan", records[1][7]);
        Assert.Equal("10,8%", records[1][12]);
        Assert.Contains("\"Aantal; \"\"echte\"\" contacten\nper buurt, gemeten\"", CsvRecords.Text(bytes));
        Assert.EndsWith("\r\n", CsvRecords.Text(bytes));
    }

    [Fact]
    public void Render_SemicolonInValue_StaysOneCellInSemicolonMode()
    {
        var document = WithFirstIndicator(i => i with { Name = "jongeren; ouderen" });

        var records = CsvRecords.Parse(CsvExporter.Render(document), ';');

        Assert.Equal(22, records[1].Count);
        Assert.Equal("jongeren; ouderen", records[1][1]);
    }

    // The finding of issue 13: unquoted, "x,=2+5" in the ';' file became a cell "=2+5" in Excel with
    // English regional settings, which splits on ','.
    [Theory]
    [InlineData(';', "x,=2+5", "x,'=2+5")]
    [InlineData(',', "x,=2+5", "x,'=2+5")]
    [InlineData(';', "x;=2+5", "x;'=2+5")]
    [InlineData(',', "x;=2+5", "x;'=2+5")]
    [InlineData(';', "x, \"+2\"", "x,' \"+2\"")]
    [InlineData(';', "regel 1\n@SUM(A1)", "regel 1\n'@SUM(A1)")]
    [InlineData(';', "van 40%, naar 30%", "van 40%, naar 30%")]
    public void Render_FormulaAfterSeparatorInsideValue_IsOneCellThatNoSpreadsheetRunsAsFormula(char separator, string definition, string expected)
    {
        var document = WithFirstIndicator(i => i with { Definition = definition });

        var bytes = CsvExporter.Render(document, Language.Dutch, separator);
        var records = CsvRecords.Parse(bytes, separator);

        Assert.Equal(22, records[1].Count);
        Assert.Equal(expected, records[1][2]);
        Assert.DoesNotContain(CsvRecords.LooseCells(bytes), CsvRecords.CouldStartFormula);
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void Render_HostileText_PrefixesFormulaCellsAndDropsControlCharacters(char separator)
    {
        var bytes = CsvExporter.Render(SampleDocuments.Hostile(), Language.Dutch, separator);
        var records = CsvRecords.Parse(bytes, separator);

        Assert.Equal(
            [
                "<script>alert(1)</script>", "'=HYPERLINK(\"http://x\")", "'+31 6 12345678", "'-5%", "'@SUM(A1)",
                "# kop", "[link](http://x)", "badchar", "'\tTab vooraan", "'\nCR vooraan",
            ],
            records.Skip(1).Select(r => r[1]));
        Assert.DoesNotContain(records.SelectMany(r => r), CsvRecords.CouldStartFormula);
        Assert.DoesNotContain(CsvRecords.LooseCells(bytes), CsvRecords.CouldStartFormula);
        Assert.All(records.SelectMany(r => r), f => Assert.DoesNotContain('\u0001', f));
    }

    // The register has no numeric columns: baselines and targets are text ("12% (GGD-monitor 2024)"), so
    // a negative number is text too and gets the apostrophe; Excel shows '-3, which no one mistakes for 3.
    [Fact]
    public void Render_NegativeNumber_IsNeutralisedLikeAnyText()
    {
        var document = WithFirstIndicator(i => i with { Baseline = "-3", Target = "-1,5" });

        var record = CsvRecords.Parse(CsvExporter.Render(document), ';')[1];

        Assert.Equal(["'-3", "'-1,5"], record.Skip(11).Take(2));
    }

    [Fact]
    public void Render_OtherSeparator_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvExporter.Render(SampleDocuments.NederBetuwe(), Language.Dutch, '\t'));
    }

    private static ExportDocument WithFirstIndicator(Func<ExportIndicator, ExportIndicator> change)
    {
        var sample = SampleDocuments.NederBetuwe();
        return sample with { Indicators = [change(sample.Indicators[0])] };
    }
}
