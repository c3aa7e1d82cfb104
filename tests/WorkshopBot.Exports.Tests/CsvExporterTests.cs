using System.Text;
using Xunit;

namespace WorkshopBot.Exports.Tests;

public sealed class CsvExporterTests
{
    [Fact]
    public void Render_SampleDocument_StartsWithUtf8BomAndKeepsDutchCharacters()
    {
        var bytes = CsvExporter.Render(SampleDocuments.NederBetuwe());

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Contains("Cliëntondersteuning Betuwe", Text(bytes));
    }

    [Fact]
    public void Render_SampleDocument_ParsesBackWithHeaderAndOneRecordPerIndicator()
    {
        var document = SampleDocuments.NederBetuwe();

        var records = CsvReader.Parse(Text(CsvExporter.Render(document)), ';');

        Assert.Equal(document.Indicators.Count + 1, records.Count);
        Assert.Equal("Nr.", records[0][0]);
        Assert.Equal("Gekoppeld resultaat", records[0][16]);
        Assert.All(records, r => Assert.Equal(17, r.Count));
        Assert.Equal(document.Indicators.Select(i => i.Name), records.Skip(1).Select(r => r[1]));
        Assert.Equal("vertellen", records[2][5]);
    }

    [Fact]
    public void Render_FieldsWithSeparatorQuotesAndNewlines_ParseBackUnchanged()
    {
        var sample = SampleDocuments.NederBetuwe();
        const string tricky = "Aantal; \"echte\" contacten\nper buurt, gemeten";
        var document = sample with
        {
            Indicators = [sample.Indicators[0] with { Definition = tricky, DataSource = " spatie vooraan" }],
        };

        var text = Text(CsvExporter.Render(document));
        var records = CsvReader.Parse(text, ';');

        Assert.Equal(tricky, records[1][2]);
        Assert.Equal(" spatie vooraan", records[1][7]);
        Assert.Contains("\"Aantal; \"\"echte\"\" contacten\nper buurt, gemeten\"", text);
    }

    [Fact]
    public void Render_HostileText_PrefixesFormulaCellsAndDropsControlCharacters()
    {
        var records = CsvReader.Parse(Text(CsvExporter.Render(SampleDocuments.Hostile())), ';');

        Assert.Equal(
            [
                "<script>alert(1)</script>", "'=HYPERLINK(\"http://x\")", "'+31 6 12345678", "'-5%", "'@SUM(A1)",
                "# kop", "[link](http://x)", "badchar", "'\tTab vooraan", "'\nCR vooraan",
            ],
            records.Skip(1).Select(r => r[1]));
        Assert.All(records.SelectMany(r => r), f => Assert.False(f.Length > 0 && f[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n', f));
        Assert.All(records.SelectMany(r => r), f => Assert.DoesNotContain('\u0001', f));
    }

    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
}
