using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;
using Language = WorkshopBot.Domain.Localization.Language;

namespace WorkshopBot.Exports;

// The factsheet/newsletter a project leader hands to the council as is. User text only ever lands
// in w:t of plain runs: no field codes, hyperlinks or HTML, so "<script>" or "=HYPERLINK(…)" is text.
public static class WordFactsheetExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Render(ExportDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clean = DocumentCleaner.Clean(document);
        var labels = ExportText.For(language);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            PackageMetadata.Apply(package, clean, labels);

            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Build(labels.LanguageTag);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordStyles.BuildNumbering();
            main.Document = new Document(new Body(new Writer(labels).Build(clean)));
        }

        return stream.ToArray();
    }

    private sealed class Writer(ExportText labels)
    {
        private readonly WordBody body = new(labels.LanguageTag);

        public IEnumerable<OpenXmlElement> Build(ExportDocument document)
        {
            body.Paragraph(WordStyles.Title, Text(document.Title));
            body.Paragraph(WordStyles.Subtitle, Text(labels.Subtitle(document)));
            body.Paragraph(null, Text(labels.IntroFor(document)));
            body.Paragraph(null, Text(labels.SummaryFor(document), bold: true));

            Ambitions(document);
            Results(document);
            Activities(document);
            QualityAgreements(document);
            OpenQuestions(document);
            Participants(document);

            body.Paragraph(WordStyles.Meta, Text($"{labels.MadeWith} {labels.LongDate(document.GeneratedAt)}."));
            body.PageSetup();
            return body.Elements;
        }

        private void Ambitions(ExportDocument document)
        {
            if (document.Ambitions.Count == 0)
            {
                return;
            }

            body.Paragraph(WordStyles.Heading1, Text(labels.Ambitions));
            foreach (var ambition in document.Ambitions)
            {
                body.Paragraph(null, Text(ambition.Title, bold: true));
                foreach (var goal in ambition.SubGoals)
                {
                    body.Bullet(Text(goal));
                }
            }
        }

        private void Results(ExportDocument document)
        {
            var resultIds = new HashSet<string>(document.Results.Select(r => r.Id), StringComparer.Ordinal);
            if (document.Results.Count > 0)
            {
                body.Paragraph(WordStyles.Heading1, Text(labels.Results));
            }

            foreach (var result in document.Results)
            {
                body.Paragraph(WordStyles.Heading2, Text(NumberedLabel.Of(result.Number, result.Statement)));
                body.Paragraph(WordStyles.Meta, Text($"{labels.Level}: {labels.Of(result.Level)} · {labels.Status}: {labels.Of(result.Status)}"));
                body.LabelledLine(labels.TargetGroup, result.TargetGroup);
                body.LabelledLine(labels.Change, result.Change);
                body.LabelledLine(labels.BaselineToTarget, labels.BaselineTarget(result.Baseline, result.Target));
                body.LabelledLine(labels.Horizon, result.Horizon);

                var indicators = document.Indicators.Where(i => i.ResultId == result.Id).ToArray();
                if (indicators.Length == 0)
                {
                    body.Paragraph(null, Text(labels.NoIndicatorsYet, italic: true));
                }
                else
                {
                    IndicatorTable(indicators);
                }

                if (result.OpenCoachingPoints.Count > 0)
                {
                    body.Paragraph(null, Text($"{labels.StillOpen}:", bold: true));
                    foreach (var point in result.OpenCoachingPoints)
                    {
                        body.Bullet(Text(point));
                    }
                }
            }

            var unlinked = document.Indicators.Where(i => i.ResultId is null || !resultIds.Contains(i.ResultId)).ToArray();
            if (unlinked.Length > 0)
            {
                body.Paragraph(WordStyles.Heading2, Text(labels.OtherIndicators));
                IndicatorTable(unlinked);
            }
        }

        private void IndicatorTable(IReadOnlyList<ExportIndicator> indicators)
        {
            body.Table([3600, 1500, 2338, 2200], labels.IndicatorTableHeader, indicators.Select(labels.IndicatorTableRow));
        }

        private void Activities(ExportDocument document)
        {
            if (document.Activities.Count == 0)
            {
                return;
            }

            body.Paragraph(WordStyles.Heading1, Text(labels.Activities));
            body.Table(
                [3838, 2700, 1500, 1600],
                [labels.ActivityWhat, labels.ActivityOrganisations, labels.ActivityNature, labels.ActivityResults],
                document.Activities.Select(a => new[]
                {
                    NumberedLabel.Of(a.Number, a.What),
                    string.Join(", ", a.Organisations),
                    labels.Of(a.Nature),
                    document.ResultNumbers(a.ResultIds),
                }));
        }

        private void QualityAgreements(ExportDocument document)
        {
            if (document.QualityAgreements.Count == 0)
            {
                return;
            }

            body.Paragraph(WordStyles.Heading1, Text(labels.QualityAgreements));
            body.Table(
                [2400, 5038, 2200],
                [labels.AgreementKind, labels.AgreementDescription, labels.AgreementOwner],
                document.QualityAgreements.Select(q => new[] { NumberedLabel.Of(q.Number, labels.Of(q.ConditionKind)), q.Description, q.Owner }));
        }

        private void OpenQuestions(ExportDocument document)
        {
            if (document.OpenQuestions.Count == 0)
            {
                return;
            }

            body.Paragraph(WordStyles.Heading1, Text(labels.OpenQuestions));
            foreach (var question in document.OpenQuestions)
            {
                body.Bullet(Text(question));
            }
        }

        private void Participants(ExportDocument document)
        {
            if (document.Participants.Count == 0)
            {
                return;
            }

            body.Paragraph(WordStyles.Heading1, Text(labels.Participants));
            foreach (var organisation in document.Participants.GroupBy(p => p.Organisation, StringComparer.Ordinal))
            {
                var names = string.Join(", ", organisation.Where(p => p.Name.Length > 0).Select(p => p.Name));
                body.Bullet(names.Length == 0 ? Text(organisation.Key, bold: true) : [.. Text($"{organisation.Key}: ", bold: true), .. Text(names)]);
            }
        }

        private IEnumerable<Run> Text(string text, bool bold = false, bool italic = false) => body.Text(text, bold, italic);
    }
}
