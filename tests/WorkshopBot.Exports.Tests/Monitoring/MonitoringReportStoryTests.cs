using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports.Mapping;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Exports.Tests.Monitoring;

// Issue 17: the council report "contains the chart image and the story". From what a partner entered, through
// the projection and the mapping the host uses, into the Word report: a story whose author ticked consent is
// quoted word for word; one without consent keeps its words out, but still shows who told it, when and about
// what, in every place it is linked to (its indicator and its result), so the council sees there is a story.
public sealed class MonitoringReportStoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    private const string Quote = "Ik ga weer naar de soos; m'n buurvrouw haalt me op – dat scheelt echt.";
    private const string Unconsented = "Meneer zegt dat hij pas na drie maanden iemand van het sociaal team zag.";
    private const string NotQuoted = "Niet geciteerd: er is geen toestemming om dit verhaal te citeren.";

    [Fact]
    public void Report_QuotesAConsentedStoryVerbatim_AndShowsAnUnconsentedOneWhereItIsLinked_WithoutItsWords()
    {
        var werkgroep = Defined();
        var monitoring = WerkgroepMonitoring.Empty(werkgroep.TrajectId, werkgroep.Id);
        monitoring = AddStory(monitoring, werkgroep, "story-5d0c1e9a2b7f4c3e", new StoryInput(Quote, StoryPerspective.Inwoner, "2026-Q2", "ontmoeting", ["ind-eenzaam"], ["res-regie"], IsQuote: true, ConsentGiven: true));
        monitoring = AddStory(monitoring, werkgroep, "story-8e4a6b2c9d1f0a7b", new StoryInput(Unconsented, StoryPerspective.Professional, "2026-Q3", "wachttijd", ["ind-eenzaam"], ["res-regie"], IsQuote: false, ConsentGiven: false));
        var document = MonitoringExportMapper.From(TestWorkshop.Traject(), werkgroep, MonitoringProjection.Of(werkgroep, monitoring, Now), Now);

        var paragraphs = Paragraphs(MonitoringReportExporter.Render(document));

        var indicator = paragraphs.FindIndex(p => p == "I1 · Percentage eenzame 75-plussers");
        var result = paragraphs.FindIndex(p => p == "R2 · Inwoners regelen hun eigen ondersteuning");
        Assert.True(indicator >= 0 && result > indicator, string.Join("\n", paragraphs));
        foreach (var (from, to) in new[] { (indicator, result), (result, paragraphs.Count) })
        {
            var section = paragraphs[from..to];
            var quoted = section.IndexOf("Een inwoner over ontmoeting (2026 Q2)");
            var told = section.IndexOf("Een professional over wachttijd (2026 Q3)");
            Assert.True(quoted >= 0 && told >= 0, string.Join("\n", section));
            Assert.Equal($"“{Quote}”", section[quoted + 1]);
            Assert.Equal(NotQuoted, section[told + 1]);
        }

        Assert.DoesNotContain(paragraphs, p => p.Contains("drie maanden", StringComparison.Ordinal));
    }

    // R1 with the tellen indicator I1, R2 without indicators (a story is linked to it directly).
    private static Werkgroep Defined()
    {
        var now = TestWorkshop.Now;
        var moderator = TestWorkshop.Moderator;
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2);
        werkgroep = werkgroep.ProposeResult(moderator, "res-ontmoeting", ResultLevel.Samenleving, new ResultDraft { Statement = "Minder eenzame 75-plussers in Kesteren" }, now).Ok();
        werkgroep = werkgroep.ProposeResult(moderator, "res-regie", ResultLevel.Samenleving, new ResultDraft { Statement = "Inwoners regelen hun eigen ondersteuning" }, now).Ok();
        return werkgroep.ProposeIndicator(moderator, "ind-eenzaam", 2, new Indicator { ResultId = "res-ontmoeting", Name = "Percentage eenzame 75-plussers", IndicatorKind = IndicatorKind.Tellen, Frequency = "per kwartaal" }, now).Ok();
    }

    private static WerkgroepMonitoring AddStory(WerkgroepMonitoring monitoring, Werkgroep werkgroep, string id, StoryInput input) =>
        monitoring.AddStory(MonitoringScope.Of(werkgroep), TestWorkshop.Moderator, id, input, Now).Ok();

    private static List<string> Paragraphs(byte[] bytes)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return [.. package.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText)];
    }
}
