using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Exports.Tests;

public sealed class ExcelIndicatorRegisterExporterTests
{
    private static readonly string[] DutchHeader =
    [
        "Nr.", "Indicator", "Definitie", "Teller", "Noemer / eenheid", "Tellen/vertellen", "Type", "Databron",
        "Bestaande registratie", "Eigenaar", "Frequentie", "Nulmeting", "Streefwaarde", "Richting",
        "Need-to-know / nice-to-know", "Resultaat nr.", "Gekoppeld resultaat",
        "Welke verhalen", "Van wie", "Hoe verzameld", "Gebruik van de verhalen", "Status",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_Document_PassesOpenXmlValidator(bool hostile)
    {
        var document = hostile ? SampleDocuments.Hostile() : SampleDocuments.NederBetuwe();

        var bytes = ExcelIndicatorRegisterExporter.Render(document);

        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Render_SampleDocument_ReopensWithClosedXmlWithHeaderAndOneRowPerIndicator()
    {
        var document = SampleDocuments.NederBetuwe();

        var bytes = ExcelIndicatorRegisterExporter.Render(document);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Indicatorregister");
        Assert.Equal(DutchHeader, Enumerable.Range(1, DutchHeader.Length).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, DutchHeader.Length + 1).IsEmpty());
        Assert.Equal(document.Indicators.Count + 1, sheet.LastRowUsed().RowNumber());
        Assert.Equal(document.Indicators.Select(i => i.Name), Enumerable.Range(2, document.Indicators.Count).Select(r => sheet.Cell(r, 2).GetString()));
    }

    [Fact]
    public void Render_SampleDocument_WritesTheFullDefinitionSheetOfEachIndicator()
    {
        var bytes = ExcelIndicatorRegisterExporter.Render(SampleDocuments.NederBetuwe());

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var row = workbook.Worksheet("Indicatorregister").Row(2);
        Assert.Equal(
            [
                "I1", "Percentage 75-plussers dat zich ernstig eenzaam voelt",
                "Definitie van percentage 75-plussers dat zich ernstig eenzaam voelt",
                "aantal personen met de uitkomst", "alle personen in de doelgroep", "tellen", "outcome",
                "GGD Gezondheidsmonitor Ouderen", "ja", "GGD Gelderland-Zuid", "jaarlijks", "12%", "10,8%", "dalen",
                "need-to-know", "R1", "Over 3 jaar voelt 10% minder 75-plussers in Neder-Betuwe zich ernstig eenzaam",
                "", "", "", "", "concept",
            ],
            Enumerable.Range(1, DutchHeader.Length).Select(c => row.Cell(c).GetString()));
        var unlinked = workbook.Worksheet("Indicatorregister").Row(9);
        Assert.Equal(string.Empty, unlinked.Cell(17).GetString());
        Assert.Equal("nee (nieuwe registratie)", workbook.Worksheet("Indicatorregister").Row(3).Cell(9).GetString());
    }

    [Fact]
    public void Render_SampleDocument_FreezesHeaderFiltersAndSetsColumnWidths()
    {
        var bytes = ExcelIndicatorRegisterExporter.Render(SampleDocuments.NederBetuwe());

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Indicatorregister");
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:V9", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal("Factsheet werkgroep Eenzaamheid onder ouderen", workbook.Properties.Title);
        Assert.Equal("WorkshopBot", workbook.Properties.Author);
    }

    [Fact]
    public void Render_SampleDocument_SetsEveryColumnWidthExplicitly()
    {
        var bytes = ExcelIndicatorRegisterExporter.Render(SampleDocuments.NederBetuwe());

        // Read with OpenXml: ClosedXML reports widths minus its own padding offset.
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheetPart = package.WorkbookPart!.WorksheetParts.First();
        var columns = sheetPart.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().ToArray();
        Assert.Equal(Enumerable.Range(1, DutchHeader.Length).Select(i => (uint)i), columns.Select(c => c.Min!.Value));
        Assert.All(columns, c => Assert.True(c.CustomWidth!.Value));
        Assert.Equal(34D, columns[1].Width!.Value);
        Assert.Equal(50D, columns[16].Width!.Value);
    }

    [Fact]
    public void Render_SampleDocument_ExplainsEveryColumnOnDefinitionsSheet()
    {
        var bytes = ExcelIndicatorRegisterExporter.Render(SampleDocuments.NederBetuwe());

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Definities");
        Assert.Equal(DutchHeader, Enumerable.Range(2, DutchHeader.Length).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.All(Enumerable.Range(2, DutchHeader.Length), r => Assert.False(sheet.Cell(r, 2).IsEmpty()));
    }

    // Issue 16: a parked indicator stays in the register, marked as parked, in both languages.
    [Theory]
    [InlineData(Language.Dutch, "geparkeerd")]
    [InlineData(Language.English, "parked")]
    public void Render_ParkedIndicator_StaysInTheRegisterWithItsStatus(Language language, string parked)
    {
        var sample = SampleDocuments.NederBetuwe();
        var document = sample with { Indicators = [sample.Indicators[0] with { Status = ItemStatus.Geparkeerd }, .. sample.Indicators.Skip(1)] };

        var bytes = ExcelIndicatorRegisterExporter.Render(document, language);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Indicatorregister");
        Assert.Equal(parked, sheet.Cell(2, DutchHeader.Length).GetString());
        Assert.Equal(language == Language.Dutch ? "concept" : "draft", sheet.Cell(3, DutchHeader.Length).GetString());
        Assert.Equal(document.Indicators.Count + 1, sheet.LastRowUsed().RowNumber());
    }

    [Fact]
    public void Render_English_UsesEnglishHeader()
    {
        var bytes = ExcelIndicatorRegisterExporter.Render(SampleDocuments.NederBetuwe(), Language.English);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Indicatorregister");
        Assert.Equal("Data source", sheet.Cell(1, 8).GetString());
        Assert.Equal("decrease", sheet.Cell(2, 14).GetString());
    }

    [Fact]
    public void Render_HostileText_WritesTextCellsWithApostropheAndNoFormulas()
    {
        var bytes = ExcelIndicatorRegisterExporter.Render(SampleDocuments.Hostile());

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Indicatorregister");
        var names = Enumerable.Range(2, SampleDocuments.HostileTexts.Length).Select(r => sheet.Cell(r, 2)).ToArray();
        Assert.All(sheet.CellsUsed(), c => Assert.False(c.HasFormula, c.Address.ToString()));
        Assert.All(sheet.CellsUsed(), c => Assert.Equal(XLDataType.Text, c.DataType));
        Assert.Equal(
            [
                "<script>alert(1)</script>", "'=HYPERLINK(\"http://x\")", "'+31 6 12345678", "'-5%", "'@SUM(A1)",
                "# kop", "[link](http://x)", "badchar", "'\tTab vooraan", "'\nCR vooraan",
            ],
            names.Select(c => c.GetString()));
        Assert.All(sheet.CellsUsed(), c => Assert.DoesNotContain('\u0001', c.GetString()));
    }

    [Fact]
    public void Render_HostileText_NeutralisesEveryColumnNotOnlyTheName()
    {
        var bytes = ExcelIndicatorRegisterExporter.Render(SampleDocuments.Hostile());

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var formulaRow = workbook.Worksheet("Indicatorregister").Row(3);
        Assert.All(
            new[] { 2, 3, 4, 5, 8, 10, 11, 12, 13 },
            c => Assert.Equal("'=HYPERLINK(\"http://x\")", formulaRow.Cell(c).GetString()));
    }
}
