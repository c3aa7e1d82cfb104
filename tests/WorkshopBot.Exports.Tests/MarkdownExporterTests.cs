using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Exports.Tests;

public sealed class MarkdownExporterTests
{
    [Fact]
    public void Render_SampleDocument_HasTitleDutchSectionsResultsAndIndicators()
    {
        var document = SampleDocuments.NederBetuwe();

        var markdown = MarkdownExporter.RenderText(document);

        Assert.StartsWith("# Factsheet werkgroep Eenzaamheid onder ouderen\n", markdown, StringComparison.Ordinal);
        foreach (var heading in new[] { "Ambities", "Maatschappelijke resultaten", "Indicatoren", "Activiteiten", "Kwaliteitsafspraken", "Wie deed mee" })
        {
            Assert.Contains($"\n## {heading}\n", markdown);
        }

        Assert.Contains("\n### R1 · Over 3 jaar voelt 10% minder 75-plussers in Neder-Betuwe zich ernstig eenzaam\n", markdown);
        Assert.All(document.Indicators, i => Assert.Contains(i.Name, markdown));
        Assert.Contains("| I1 · Percentage 75-plussers dat zich ernstig eenzaam voelt | tellen | GGD Gezondheidsmonitor Ouderen | 12% → 10,8% |", markdown);
        Assert.Contains("- **Bestaande registratie:** nee (nieuwe registratie)", markdown);
        Assert.Contains("23 november 2026", markdown);
    }

    [Fact]
    public void Render_English_UsesEnglishHeadings()
    {
        var markdown = MarkdownExporter.RenderText(SampleDocuments.NederBetuwe(), Language.English);

        Assert.Contains("\n## Who took part\n", markdown);
        Assert.Contains("\n## Quality agreements\n", markdown);
        Assert.DoesNotContain("Wie deed mee", markdown);
    }

    [Fact]
    public void Render_WithoutPersonNames_ListsEachOrganisationWithoutNames()
    {
        var markdown = MarkdownExporter.RenderText(SampleDocuments.NederBetuwe().WithoutPersonNames());

        Assert.Contains("\n- **Welzijn Neder-Betuwe**\n- **Adviesraad Sociaal Domein**\n", markdown);
        Assert.All(SampleDocuments.NederBetuwe().Participants, p => Assert.DoesNotContain(p.Name, markdown));
    }

    [Fact]
    public void Render_HostileText_EscapesHtmlAndMarkdown()
    {
        var markdown = MarkdownExporter.RenderText(SampleDocuments.Hostile());

        Assert.DoesNotContain("<script>", markdown);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markdown);
        Assert.DoesNotContain("[link](http://x)", markdown);
        Assert.Contains("\\[link\\](http://x)", markdown);
        Assert.Contains("\\# kop", markdown);
        Assert.DoesNotContain("\n# kop", markdown);
        Assert.Contains("\\-5%", markdown);
        Assert.DoesNotContain('\u0001', markdown);
        Assert.DoesNotContain('\r', markdown);
    }

    [Fact]
    public void Render_HostileTextInTableCell_DoesNotAddColumns()
    {
        var sample = SampleDocuments.NederBetuwe();
        var document = sample with
        {
            Indicators = [sample.Indicators[0] with { Name = "a | b\n| c |" }],
        };

        var markdown = MarkdownExporter.RenderText(document);

        var row = markdown.Split('\n').Single(l => l.StartsWith("| I1 · a", StringComparison.Ordinal));
        Assert.Equal("| I1 · a \\| b \\| c \\| | tellen | GGD Gezondheidsmonitor Ouderen | 12% → 10,8% |", row);
    }
}
