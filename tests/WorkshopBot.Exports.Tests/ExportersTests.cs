using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Model;
using Xunit;

namespace WorkshopBot.Exports.Tests;

public sealed class ExportersTests
{
    [Theory]
    [InlineData(ExportFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "factsheet-werkgroep-eenzaamheid-onder-ouderen-2026-11-23.docx")]
    [InlineData(ExportFormat.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "indicatorregister-werkgroep-eenzaamheid-onder-ouderen-2026-11-23.xlsx")]
    [InlineData(ExportFormat.Markdown, "text/markdown; charset=utf-8", "factsheet-werkgroep-eenzaamheid-onder-ouderen-2026-11-23.md")]
    [InlineData(ExportFormat.Csv, "text/csv; charset=utf-8", "indicatorregister-werkgroep-eenzaamheid-onder-ouderen-2026-11-23.csv")]
    [InlineData(ExportFormat.Json, "application/json", "export-werkgroep-eenzaamheid-onder-ouderen-2026-11-23.json")]
    public void Render_EachFormat_ReturnsContentTypeAndAmsterdamDatedFileName(ExportFormat format, string contentType, string fileName)
    {
        var file = Exporters.Render(format, SampleDocuments.NederBetuwe());

        Assert.Equal(contentType, file.ContentType);
        Assert.Equal(fileName, file.FileName);
        Assert.NotEmpty(file.Content);
    }

    [Theory]
    [InlineData("docx", ExportFormat.Docx)]
    [InlineData("word", ExportFormat.Docx)]
    [InlineData("Excel", ExportFormat.Xlsx)]
    [InlineData("markdown", ExportFormat.Markdown)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData("json", ExportFormat.Json)]
    [InlineData("pdf", null)]
    [InlineData("", null)]
    public void FromName_TakesTheExtensionOrTheFormatsEverydayName(string name, ExportFormat? expected) =>
        Assert.Equal(expected, ExportFormats.FromName(name));

    [Theory]
    [InlineData("word")]
    [InlineData("excel")]
    public void FromExtension_InAUrl_IsOnlyTheExtension(string name) =>
        Assert.Null(ExportFormats.FromExtension(name));

    [Fact]
    public void Render_English_UsesEnglishFileNamePrefix()
    {
        var file = Exporters.Render(ExportFormat.Xlsx, SampleDocuments.NederBetuwe(), Language.English);

        Assert.Equal("indicator-register-working-group-eenzaamheid-onder-ouderen-2026-11-23.xlsx", file.FileName);
    }

    [Fact]
    public void Render_TrajectWithAccentsAndHostileName_SuggestsAsciiSlug()
    {
        var document = SampleDocuments.NederBetuwe() with
        {
            Kind = Model.ExportDocumentKind.Traject,
            TrajectName = "Één ../../etc/passwd <Cliënt> & zorg",
            WerkgroepNames = [],
        };

        var file = Exporters.Render(ExportFormat.Docx, document);

        Assert.Equal("factsheet-traject-een-etc-passwd-client-zorg-2026-11-23.docx", file.FileName);
    }

    [Fact]
    public void Render_SummerMoment_UsesAmsterdamSummerTimeDate()
    {
        var document = SampleDocuments.NederBetuwe() with { GeneratedAt = new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero) };

        var file = Exporters.Render(ExportFormat.Markdown, document);

        Assert.EndsWith("-2026-07-01.md", file.FileName, StringComparison.Ordinal);
        Assert.Contains("1 juli 2026", System.Text.Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void Render_EmptyDocumentWithNullLists_ProducesValidFilesWithOnlyHeaders()
    {
        // A careless mapping may hand over nulls despite the signature; exports must still open.
        var empty = new ExportDocument(
            "Leeg traject", ExportDocumentKind.Traject, "", "", "Leeg", null!, SampleDocuments.GeneratedAt,
            null!, null!, null!, null!, null!, null!, null!);

        var docx = Exporters.Render(ExportFormat.Docx, empty);
        var xlsx = Exporters.Render(ExportFormat.Xlsx, empty);
        var csv = Exporters.Render(ExportFormat.Csv, empty);
        var json = Exporters.Render(ExportFormat.Json, empty);

        using (var word = WordprocessingDocument.Open(new MemoryStream(docx.Content), isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
        }

        using (var excel = SpreadsheetDocument.Open(new MemoryStream(xlsx.Content), isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(excel));
        }

        Assert.Single(CsvRecords.Parse(csv.Content, ';'));
        Assert.Empty(JsonExporter.Read(json.Content)!.Document.Indicators);
        Assert.Equal("factsheet-traject-leeg-2026-11-23.docx", docx.FileName);
    }
}
