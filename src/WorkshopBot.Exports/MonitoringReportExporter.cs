using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkshopBot.Domain.Items;
using WorkshopBot.Exports.Charts;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;
using Language = WorkshopBot.Domain.Localization.Language;

namespace WorkshopBot.Exports;

// The monitoring report (step 6) a werkgroep hands to the council: per result its indicators with the
// progress chart (PNG, with the chart's description as alt text), the measurements, the stories — quoted
// only with consent — and then the reflections and improvement actions. Optionally need-to-know only.
public static class MonitoringReportExporter
{
    public const string ContentType = WordFactsheetExporter.ContentType;

    // Twice the on-page size in pixels, so the chart stays sharp when printed.
    private const int ChartWidth = 1200;
    private const int ChartHeight = 600;

    public static byte[] Render(MonitoringDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clean = MonitoringCleaner.Clean(document);
        var text = MonitoringText.For(language);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = clean.Title;
            package.PackageProperties.Subject = Subtitle(clean, text);
            package.PackageProperties.Creator = "WorkshopBot";
            package.PackageProperties.Language = text.Common.LanguageTag;
            package.PackageProperties.Created = clean.GeneratedAt.UtcDateTime;
            package.PackageProperties.Modified = clean.GeneratedAt.UtcDateTime;

            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Build(text.Common.LanguageTag);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordStyles.BuildNumbering();
            var body = new WordBody(text.Common.LanguageTag);
            new Writer(body, text, main).Write(clean);
            main.Document = new Document(new Body(body.Elements));
        }

        return stream.ToArray();
    }

    internal static string Subtitle(MonitoringDocument document, MonitoringText text)
    {
        var parts = new List<string> { text.Monitoring };
        if (document.Gemeente.Length > 0)
        {
            parts.Add($"{text.Common.Gemeente} {document.Gemeente}");
        }

        if (document.WerkgroepName.Length > 0)
        {
            parts.Add($"{text.Common.Werkgroep} {document.WerkgroepName}");
        }

        if (document.TrajectName.Length > 0)
        {
            parts.Add($"{text.Common.Traject} {document.TrajectName}");
        }

        parts.Add(text.Common.LongDate(document.GeneratedAt));
        return string.Join(" · ", parts);
    }

    private sealed class Writer(WordBody body, MonitoringText text, MainDocumentPart main)
    {
        public void Write(MonitoringDocument document)
        {
            body.Paragraph(WordStyles.Title, body.Text(document.Title));
            body.Paragraph(WordStyles.Subtitle, body.Text(Subtitle(document, text)));
            body.Paragraph(null, body.Text(text.Intro));
            if (document.NeedToKnowOnly)
            {
                body.Paragraph(null, body.Text(text.OnlyNeedToKnow, italic: true));
            }

            if (document.Results.Count > 0)
            {
                body.Paragraph(WordStyles.Heading1, body.Text(text.Common.Results));
            }

            foreach (var result in document.Results)
            {
                Result(result);
            }

            Reflections(document.Reflections);
            ImprovementActions(document.ImprovementActions);

            body.Paragraph(WordStyles.Meta, body.Text($"{text.Common.MadeWith} {text.Common.LongDate(document.GeneratedAt)}."));
            body.PageSetup();
        }

        private void Result(MonitoringResult result)
        {
            body.Paragraph(WordStyles.Heading2, body.Text(NumberedLabel.Of(result.Number, result.Statement)));
            if (result.Indicators.Count == 0)
            {
                body.Paragraph(null, body.Text(text.Common.NoIndicatorsYet, italic: true));
            }

            foreach (var indicator in result.Indicators)
            {
                Indicator(indicator);
            }

            if (result.Stories.Count > 0)
            {
                Stories(result.Stories, text.ResultStories);
            }
        }

        private void Indicator(MonitoringIndicator indicator)
        {
            body.KeepWithNext(body.Text(NumberedLabel.Of(indicator.Number, indicator.Name), bold: true));
            body.Paragraph(WordStyles.Meta, body.Text(text.IndicatorMetaFor(indicator)));
            Chart(indicator);

            if (indicator.Kind == IndicatorKind.Tellen || indicator.Measurements.Count > 0)
            {
                Measurements(indicator);
            }

            if (indicator.Kind == IndicatorKind.Vertellen || indicator.Stories.Count > 0)
            {
                Stories(indicator.Stories, text.Stories);
            }
        }

        private void Chart(MonitoringIndicator indicator)
        {
            var series = ChartSeries.For(indicator);
            var png = ChartImage.Png(ChartPlot.Build(series, text), ChartWidth, ChartHeight);
            var image = main.AddImagePart(ImagePartType.Png);
            using (var data = new MemoryStream(png, writable: false))
            {
                image.FeedData(data);
            }

            body.Picture(main.GetIdOfPart(image), ChartWidth, ChartHeight, series.Title, series.Description(text));
        }

        private void Measurements(MonitoringIndicator indicator)
        {
            body.LabelledLine(
                $"{text.Baseline} → {text.Target}",
                $"{Or(text.Number(indicator.Baseline))} → {Or(text.Number(indicator.Target))} ({text.Of(indicator.Direction)})");
            var measurements = indicator.MeasurementsInOrder;
            if (measurements.Count == 0)
            {
                body.Paragraph(null, body.Text(text.NoMeasurementsYet, italic: true));
                return;
            }

            body.Table(
                [1500, 1100, 1500, 1900, 2638, 1000],
                [text.Period, text.Value, $"{text.Numerator} / {text.Denominator}", text.Source, text.Note, text.Corrections],
                measurements.Select(m => new[]
                {
                    m.PeriodLabel,
                    text.Number(m.EffectiveValue),
                    m.Numerator is null && m.Denominator is null ? string.Empty : $"{text.Number(m.Numerator)} / {text.Number(m.Denominator)}",
                    m.Source,
                    m.Note,
                    m.CorrectionCount == 0 ? string.Empty : m.CorrectionCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }));
        }

        private void Stories(IReadOnlyList<MonitoringStory> stories, string heading)
        {
            body.KeepWithNext(body.Text(heading, bold: true));
            if (stories.Count == 0)
            {
                body.Paragraph(null, body.Text(text.NoStoriesYet, italic: true));
                return;
            }

            foreach (var story in stories.OrderBy(s => s.PeriodStart))
            {
                body.Paragraph(WordStyles.Meta, body.Text(text.StoryHeadingFor(story)));

                // Without consent the story counts in the chart but its words stay out of the report.
                body.Paragraph(null, story.ConsentToQuote
                    ? body.Text($"“{story.Text}”", italic: true)
                    : body.Text(text.StoryNotQuoted, italic: true));
            }
        }

        private void Reflections(IReadOnlyList<MonitoringReflection> reflections)
        {
            body.Paragraph(WordStyles.Heading1, body.Text(text.Reflections));
            if (reflections.Count == 0)
            {
                body.Paragraph(null, body.Text(text.NoReflectionsYet, italic: true));
            }

            foreach (var reflection in reflections.OrderBy(r => r.Date))
            {
                body.Paragraph(WordStyles.Heading2, body.Text(text.Common.LongDate(new DateTimeOffset(reflection.Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))));
                body.LabelledLine(text.WhatWeSee, reflection.WhatWeSee);
                body.LabelledLine(text.WhatItMeans, reflection.WhatItMeans);
                body.LabelledLine(text.WhatWeDoDifferently, reflection.WhatWeDoDifferently);
            }
        }

        private void ImprovementActions(IReadOnlyList<MonitoringImprovementAction> actions)
        {
            body.Paragraph(WordStyles.Heading1, body.Text(text.ImprovementActions));
            if (actions.Count == 0)
            {
                body.Paragraph(null, body.Text(text.NoImprovementActionsYet, italic: true));
                return;
            }

            body.Table(
                [3438, 2200, 1800, 1100, 1100],
                [text.Action, text.LinkedActivity, text.Owner, text.Due, text.Common.Status],
                actions.Select(a => new[] { a.Text, a.LinkedActivity, a.Owner, text.Date(a.Due), text.Of(a.Status) }));
        }

        private string Or(string value) => text.Common.OrNotFilledIn(value);
    }
}
