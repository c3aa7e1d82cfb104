using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Model;
using Xunit;

namespace WorkshopBot.Exports.Tests;

// Issue 12, finding 11: a vertellen indicator has its own definition sheet (which stories, from whom, how
// collected, how often, what the werkgroep does with them). Every export carries it.
public sealed class StoryIndicatorExportTests
{
    private const string About = "Wat de huiskamer in hun week veranderde";
    private const string From = "Bezoekers en vrijwilligers";
    private const string Method = "Most Significant Change";
    private const string Use = "Bespreken in de werkgroep en met de raad";

    private static ExportDocument WithStories()
    {
        var document = SampleDocuments.NederBetuwe();
        var story = document.Indicators.First(i => i.Measure == IndicatorKind.Vertellen);
        var told = story with { StoriesAbout = About, StoriesFrom = From, CollectionMethod = Method, StoriesUse = Use };
        return document with { Indicators = [.. document.Indicators.Select(i => i.Id == story.Id ? told : i)] };
    }

    [Fact]
    public void Json_CarriesTheStoryFields()
    {
        using var json = JsonDocument.Parse(JsonExporter.Render(WithStories()));

        var story = json.RootElement.GetProperty("document").GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("storiesAbout").GetString() == About);
        Assert.Equal(From, story.GetProperty("storiesFrom").GetString());
        Assert.Equal(Method, story.GetProperty("collectionMethod").GetString());
        Assert.Equal(Use, story.GetProperty("storiesUse").GetString());
        Assert.Equal("vertellen", story.GetProperty("measure").GetString());
    }

    [Fact]
    public void CsvAndExcelRegister_HaveTheStoryColumns()
    {
        var records = CsvRecords.Parse(CsvExporter.Render(WithStories()), ';');
        var header = records[0].ToList();
        var row = records.Skip(1).Single(r => r.Contains(About));
        Assert.Equal(From, row[header.IndexOf("Van wie")]);
        Assert.Equal(Method, row[header.IndexOf("Hoe verzameld")]);
        Assert.Equal(Use, row[header.IndexOf("Gebruik van de verhalen")]);

        using var workbook = new XLWorkbook(new MemoryStream(ExcelIndicatorRegisterExporter.Render(WithStories())));
        var sheet = workbook.Worksheet(ExcelIndicatorRegisterExporter.RegisterSheetName);
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Welke verhalen", cells);
        Assert.Contains(About, cells);
        Assert.Contains(Use, cells);
    }

    [Fact]
    public void WordFactsheetAndMarkdown_DescribeTheStoriesInsteadOfNulmetingAndStreefwaarde()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(WordFactsheetExporter.Render(WithStories())), isEditable: false);
        var word = string.Join("\n", package.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains($"{From} · {Method}", word, StringComparison.Ordinal);
        Assert.Contains($"Verhalen over: {About}. Gebruik: {Use}", word, StringComparison.Ordinal);

        var markdown = Encoding.UTF8.GetString(MarkdownExporter.Render(WithStories(), Language.English));
        Assert.Contains($"Stories about: {About}. Use: {Use}", markdown, StringComparison.Ordinal);
        Assert.Contains(Method, markdown, StringComparison.Ordinal);
    }
}
