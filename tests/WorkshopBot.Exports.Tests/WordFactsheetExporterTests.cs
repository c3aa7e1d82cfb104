using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using Language = WorkshopBot.Domain.Localization.Language;

namespace WorkshopBot.Exports.Tests;

public sealed class WordFactsheetExporterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_Document_PassesOpenXmlValidator(bool hostile)
    {
        var document = hostile ? SampleDocuments.Hostile() : SampleDocuments.NederBetuwe();

        var bytes = WordFactsheetExporter.Render(document);

        using var package = Open(bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Render_SampleDocument_ContainsEveryResultStatementAndIndicatorName()
    {
        var document = SampleDocuments.NederBetuwe();

        var text = BodyText(WordFactsheetExporter.Render(document));

        Assert.All(document.Results, r => Assert.Contains(r.Statement, text));
        Assert.All(document.Indicators, i => Assert.Contains(i.Name, text));
        Assert.All(document.Activities, a => Assert.Contains(a.What, text));
        Assert.All(document.QualityAgreements, q => Assert.Contains(q.Description, text));
    }

    [Fact]
    public void Render_SampleDocument_OpensWithTitleStyleFirstAndDutchHeadings()
    {
        var bytes = WordFactsheetExporter.Render(SampleDocuments.NederBetuwe());

        using var package = Open(bytes);
        var main = package.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToArray();
        Assert.Contains("Title", styles);
        Assert.Contains("Heading1", styles);
        var paragraphs = main.Document.Body!.Elements<Paragraph>().ToArray();
        Assert.Equal("Title", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal("Factsheet werkgroep Eenzaamheid onder ouderen", paragraphs[0].InnerText);
        var headings = paragraphs
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText)
            .ToArray();
        Assert.Equal(
            ["Ambities", "Maatschappelijke resultaten", "Activiteiten", "Kwaliteitsafspraken", "Open vragen", "Wie deed mee"],
            headings);
    }

    [Fact]
    public void Render_SampleDocument_SubtitleHasGemeenteAndAmsterdamDate()
    {
        var bytes = WordFactsheetExporter.Render(SampleDocuments.NederBetuwe());

        using var package = Open(bytes);
        var subtitle = package.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Subtitle");
        Assert.Equal(
            "Gemeente Neder-Betuwe · werkgroep Eenzaamheid onder ouderen · traject Kwaliteitskompas Sociaal Domein · 23 november 2026",
            subtitle.InnerText);
    }

    [Fact]
    public void Render_SampleDocument_IndicatorTableHasHeaderRowAndOneRowPerIndicator()
    {
        var bytes = WordFactsheetExporter.Render(SampleDocuments.NederBetuwe());

        using var package = Open(bytes);
        var firstTable = package.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var rows = firstTable.Elements<TableRow>().ToArray();
        Assert.Equal("WorkshopBotTable", firstTable.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["Indicator", "Tellen/vertellen", "Bron", "Nulmeting → streefwaarde"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(3, rows.Length);
        Assert.Equal(
            ["I1 · Percentage 75-plussers dat zich ernstig eenzaam voelt", "tellen", "GGD Gezondheidsmonitor Ouderen", "12% → 10,8%"],
            rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal("vertellen", rows[2].Elements<TableCell>().ElementAt(1).InnerText);
    }

    [Fact]
    public void Render_SampleDocument_SummarisesCountsWithTellenAndVertellen()
    {
        var text = BodyText(WordFactsheetExporter.Render(SampleDocuments.NederBetuwe()));

        Assert.Contains("In het kort: 3 resultaten, 8 indicatoren (5 tellen, 3 vertellen), 3 activiteiten en 3 kwaliteitsafspraken.", text);
    }

    [Fact]
    public void Render_SampleDocument_GroupsParticipantsByOrganisation()
    {
        var text = BodyText(WordFactsheetExporter.Render(SampleDocuments.NederBetuwe()));

        Assert.Contains("Welzijn Neder-Betuwe: Jeroen Bakker, Fatima El Amrani", text);
        Assert.Contains("Gemeente Neder-Betuwe: Anke de Vries, Kees Verbeek", text);
    }

    [Fact]
    public void Render_WithoutPersonNames_ListsEachOrganisationWithoutNames()
    {
        var text = BodyText(WordFactsheetExporter.Render(SampleDocuments.NederBetuwe().WithoutPersonNames()));

        Assert.Contains("\nWelzijn Neder-Betuwe\n", text);
        Assert.DoesNotContain("Welzijn Neder-Betuwe:", text);
        Assert.DoesNotContain("Jeroen Bakker", text);
    }

    [Fact]
    public void Render_UnlinkedIndicator_IsListedUnderItsOwnHeading()
    {
        var text = BodyText(WordFactsheetExporter.Render(SampleDocuments.NederBetuwe()));

        Assert.Contains("Indicatoren die nog niet aan een resultaat gekoppeld zijn", text);
        Assert.Contains("Aantal getrainde vrijwilligers signalering eenzaamheid", text);
    }

    [Fact]
    public void Render_SampleDocument_TagsRunsDutchAndSetsDocumentProperties()
    {
        var bytes = WordFactsheetExporter.Render(SampleDocuments.NederBetuwe());

        using var package = Open(bytes);
        var runs = package.MainDocumentPart!.Document.Body!.Descendants<Run>().ToArray();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Equal("nl-NL", r.RunProperties?.Languages?.Val?.Value));
        var defaults = package.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();
        Assert.Equal("nl-NL", defaults.Val!.Value);
        Assert.Equal("Factsheet werkgroep Eenzaamheid onder ouderen", package.PackageProperties.Title);
        Assert.Equal("WorkshopBot", package.PackageProperties.Creator);
    }

    [Fact]
    public void Render_English_UsesEnglishHeadingsAndLanguageTag()
    {
        var bytes = WordFactsheetExporter.Render(SampleDocuments.NederBetuwe(), Language.English);

        using var package = Open(bytes);
        var body = package.MainDocumentPart!.Document.Body!;
        Assert.Contains("Who took part", body.InnerText);
        Assert.Contains("23 November 2026", body.InnerText);
        Assert.DoesNotContain("Wie deed mee", body.InnerText);
        Assert.All(body.Descendants<Run>(), r => Assert.Equal("en-GB", r.RunProperties?.Languages?.Val?.Value));
    }

    [Fact]
    public void Render_HostileText_IsPlainTextWithoutFieldsLinksOrControlCharacters()
    {
        var bytes = WordFactsheetExporter.Render(SampleDocuments.Hostile());

        using var package = Open(bytes);
        var body = package.MainDocumentPart!.Document.Body!;
        var texts = body.Descendants<Text>().Select(t => t.Text).ToArray();
        Assert.Contains("<script>alert(1)</script>", texts);
        Assert.Contains("=HYPERLINK(\"http://x\")", texts);
        Assert.Contains("badchar", texts);
        Assert.DoesNotContain(texts, t => t.Contains('\u0001', StringComparison.Ordinal));
        Assert.Empty(body.Descendants<FieldCode>());
        Assert.Empty(body.Descendants<SimpleField>());
        Assert.Empty(body.Descendants<Hyperlink>());
        Assert.Empty(package.MainDocumentPart.HyperlinkRelationships);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static string BodyText(byte[] bytes)
    {
        using var package = Open(bytes);
        return string.Join("\n", package.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
