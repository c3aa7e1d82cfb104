using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using WorkshopBot.Exports.Model;
using Xunit;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Language = WorkshopBot.Domain.Localization.Language;

namespace WorkshopBot.Exports.Tests.Monitoring;

public sealed class MonitoringReportExporterTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Render_PassesOpenXmlValidator(bool hostile, bool needToKnowOnly)
    {
        var document = hostile ? SampleMonitoring.Hostile() : needToKnowOnly ? SampleMonitoring.NederBetuweNeedToKnow() : SampleMonitoring.NederBetuwe();

        using var package = Open(MonitoringReportExporter.Render(document));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Render_EmbedsOneChartPerIndicatorAsPngWithTheChartDescriptionAsAltText()
    {
        using var package = Open(MonitoringReportExporter.Render(SampleMonitoring.NederBetuwe()));

        var main = package.MainDocumentPart!;
        var images = main.ImageParts.ToArray();
        Assert.Equal(3, images.Length);
        foreach (var image in images)
        {
            Assert.Equal("image/png", image.ContentType);
            using var stream = image.GetStream();
            using var bitmap = SKBitmap.Decode(stream);
            Assert.Equal(1200, bitmap.Width);
        }

        var pictures = main.Document.Body!.Descendants<DW.DocProperties>().ToArray();
        Assert.Equal(3, pictures.Length);
        Assert.Equal(
            "Percentage 75-plussers dat zich eenzaam voelt: nulmeting 42; 2026 Q1: 40; 2026 Q2: 38; 2026 Q3: 36,5; streefwaarde 30. lager is beter.",
            pictures[0].Description?.Value);

        // Every picture points at an image part of this document.
        var embedded = main.Document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Select(b => b.Embed!.Value!).ToArray();
        Assert.Equal(images.Select(main.GetIdOfPart).Order(), embedded.Order());
    }

    [Fact]
    public void Render_StoriesLinkedToAResult_ComeUnderThatResult_QuotedOnlyWithConsent()
    {
        var document = SampleMonitoring.NederBetuwe();
        var stories = new MonitoringStory[]
        {
            new("2026 Q3", new DateOnly(2026, 7, 1), StoryPerspective.Inwoner, "meedoen", "Ik help nu zelf bij de soos.", ConsentToQuote: true),
            new("2026 Q3", new DateOnly(2026, 7, 1), StoryPerspective.Vrijwilliger, "meedoen", "Haar buurman komt niet meer.", ConsentToQuote: false),
        };
        document = document with { Results = [document.Results[0], document.Results[1] with { Stories = stories }] };

        var text = BodyText(MonitoringReportExporter.Render(document));

        var result = text.IndexOf("Ouderen doen mee in het dorp", StringComparison.Ordinal);
        var heading = text.IndexOf("Verhalen bij dit resultaat", StringComparison.Ordinal);
        Assert.True(result >= 0 && heading > result, text);
        Assert.Contains("“Ik help nu zelf bij de soos.”", text);
        Assert.DoesNotContain("Haar buurman komt niet meer.", text);
    }

    // A story's theme is optional: without one the heading just names who told it and when.
    [Theory]
    [InlineData(Language.Dutch, "Een inwoner (2026 Q4)", "Een vrijwilliger over vervoer (2026 Q4)")]
    [InlineData(Language.English, "A resident (2026 Q4)", "A volunteer about vervoer (2026 Q4)")]
    public void Render_StoryWithoutTheme_ReadsNaturally(Language language, string withoutTheme, string withTheme)
    {
        var document = SampleMonitoring.NederBetuwe();
        var stories = new MonitoringStory[]
        {
            new("2026 Q4", new DateOnly(2026, 10, 1), StoryPerspective.Inwoner, "", "Ik kom nu elke week.", ConsentToQuote: true),
            new("2026 Q4", new DateOnly(2026, 10, 1), StoryPerspective.Vrijwilliger, "vervoer", "De bus rijdt weer.", ConsentToQuote: true),
        };
        document = document with { Results = [document.Results[0], document.Results[1] with { Stories = stories }] };

        var text = BodyText(MonitoringReportExporter.Render(document, language));

        Assert.Contains(withoutTheme, text);
        Assert.Contains(withTheme, text);
        Assert.DoesNotContain("over nog niet ingevuld", text);
        Assert.DoesNotContain("about not filled in yet", text);
    }

    [Fact]
    public void Render_QuotesOnlyStoriesWithConsent()
    {
        var text = BodyText(MonitoringReportExporter.Render(SampleMonitoring.NederBetuwe()));

        Assert.Contains($"“{SampleMonitoring.QuotedStory}”", text);
        Assert.DoesNotContain(SampleMonitoring.UnquotedStory, text);
        Assert.Contains("Een vrijwilliger over vervoer (2026 Q2)", text);
        Assert.Contains("Niet geciteerd: er is geen toestemming om dit verhaal te citeren.", text);
    }

    [Fact]
    public void Render_ShowsMeasurementsInPeriodOrderWithFractionSourceAndCorrections()
    {
        using var package = Open(MonitoringReportExporter.Render(SampleMonitoring.NederBetuwe()));

        var table = package.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray();
        Assert.Equal(["Periode", "Waarde", "Teller / Noemer", "Bron", "Toelichting", "Keer gecorrigeerd"], rows[0]);
        Assert.Equal(["2026 Q1", "40", "", "Seniorenpanel", "", ""], rows[1]);
        Assert.Equal(["2026 Q2", "38", "190 / 500", "Seniorenpanel", "Teller/noemer uit de enquête", ""], rows[2]);
        Assert.Equal(["2026 Q3", "36,5", "", "Seniorenpanel", "Na de zomer", "1"], rows[3]);
    }

    [Fact]
    public void Render_EndsWithReflectionsAndImprovementActions()
    {
        using var package = Open(MonitoringReportExporter.Render(SampleMonitoring.NederBetuwe()));

        var body = package.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText)
            .ToArray();
        Assert.Equal(["Maatschappelijke resultaten", "Reflecties", "Verbeteracties"], headings);
        var text = body.InnerText;
        Assert.Contains("Wat gaan we anders doen: Vervoer regelen voor wie niet zelf kan komen.", text);
        var actions = body.Elements<Table>().Last().Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray();
        Assert.Equal(["Vrijwillige chauffeurs werven", "Koffieochtend dorpshuis", "Welzijn Neder-Betuwe", "2026-12-01", "bezig"], actions[0]);
        Assert.Equal(["Folder bij de huisarts", "Signalering", "Huisartsenpraktijk Kesteren", "", "open"], actions[1]);
    }

    [Fact]
    public void Render_NeedToKnowDocument_SaysSo()
    {
        var all = BodyText(MonitoringReportExporter.Render(SampleMonitoring.NederBetuwe()));
        var bytes = MonitoringReportExporter.Render(SampleMonitoring.NederBetuweNeedToKnow());
        var needToKnow = BodyText(bytes);

        Assert.Contains(SampleMonitoring.NiceToKnowName, all);
        Assert.DoesNotContain("Alleen de need-to-know-indicatoren", all);
        Assert.DoesNotContain(SampleMonitoring.NiceToKnowName, needToKnow);
        Assert.Contains("Alleen de need-to-know-indicatoren", needToKnow);
        Assert.Contains("Ouderen doen mee in het dorp", needToKnow);
        using var package = Open(bytes);
        Assert.Equal(2, package.MainDocumentPart!.ImageParts.Count());
    }

    [Fact]
    public void Render_HostileText_StaysPlainText()
    {
        using var package = Open(MonitoringReportExporter.Render(SampleMonitoring.Hostile()));

        var body = package.MainDocumentPart!.Document.Body!;
        Assert.Empty(body.Descendants<FieldCode>());
        Assert.Empty(body.Descendants<SimpleField>());
        Assert.Empty(body.Descendants<Hyperlink>());
        Assert.Contains("<script>alert(1)</script>", body.InnerText);
        Assert.DoesNotContain("\u0001", body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InEnglish_UsesEnglishHeadingsAndLanguageTag()
    {
        using var package = Open(MonitoringReportExporter.Render(SampleMonitoring.NederBetuwe(), Language.English));

        var text = package.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Reflections", text);
        Assert.Contains("Improvement actions", text);
        Assert.Contains("A resident about ontmoeting (2026 Q1)", text);
        Assert.Equal("en-GB", package.PackageProperties.Language);
    }

    [Fact]
    public void RenderMonitoring_Docx_SuggestsAFileNameForTheWerkgroep()
    {
        var file = Exporters.RenderMonitoring(ExportFormat.Docx, SampleMonitoring.NederBetuwe());

        Assert.Equal("monitoringrapportage-werkgroep-eenzaamheid-onder-ouderen-2026-11-23.docx", file.FileName);
        Assert.Equal(MonitoringReportExporter.ContentType, file.ContentType);
        Assert.Throws<ArgumentOutOfRangeException>(() => Exporters.RenderMonitoring(ExportFormat.Markdown, SampleMonitoring.NederBetuwe()));
    }

    private static string BodyText(byte[] bytes)
    {
        using var package = Open(bytes);
        return string.Join("\n", package.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
