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

    // A4 with 2 cm margins leaves 9638 twips for tables.
    private const int TextWidth = 9638;

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
        private readonly List<OpenXmlElement> body = [];

        public IEnumerable<OpenXmlElement> Build(ExportDocument document)
        {
            Paragraph(WordStyles.Title, Text(document.Title));
            Paragraph(WordStyles.Subtitle, Text(labels.Subtitle(document)));
            Paragraph(null, Text(labels.IntroFor(document)));
            Paragraph(null, Text(labels.SummaryFor(document), bold: true));

            Ambitions(document);
            Results(document);
            Activities(document);
            QualityAgreements(document);
            OpenQuestions(document);
            Participants(document);

            Paragraph(WordStyles.Meta, Text($"{labels.MadeWith} {labels.LongDate(document.GeneratedAt)}."));
            body.Add(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            return body;
        }

        private void Ambitions(ExportDocument document)
        {
            if (document.Ambitions.Count == 0)
            {
                return;
            }

            Paragraph(WordStyles.Heading1, Text(labels.Ambitions));
            foreach (var ambition in document.Ambitions)
            {
                Paragraph(null, Text(ambition.Title, bold: true));
                foreach (var goal in ambition.SubGoals)
                {
                    Bullet(Text(goal));
                }
            }
        }

        private void Results(ExportDocument document)
        {
            var resultIds = new HashSet<string>(document.Results.Select(r => r.Id), StringComparer.Ordinal);
            if (document.Results.Count > 0)
            {
                Paragraph(WordStyles.Heading1, Text(labels.Results));
            }

            foreach (var result in document.Results)
            {
                Paragraph(WordStyles.Heading2, Text(result.Id.Length > 0 ? $"{result.Id} · {result.Statement}" : result.Statement));
                Paragraph(WordStyles.Meta, Text($"{labels.Level}: {labels.Of(result.Level)} · {labels.Status}: {labels.Of(result.Status)}"));
                LabelledLine(labels.TargetGroup, result.TargetGroup);
                LabelledLine(labels.Change, result.Change);
                LabelledLine(labels.BaselineToTarget, labels.BaselineTarget(result.Baseline, result.Target));
                LabelledLine(labels.Horizon, result.Horizon);

                var indicators = document.Indicators.Where(i => i.ResultId == result.Id).ToArray();
                if (indicators.Length == 0)
                {
                    Paragraph(null, Text(labels.NoIndicatorsYet, italic: true));
                }
                else
                {
                    IndicatorTable(indicators);
                }

                if (result.OpenCoachingPoints.Count > 0)
                {
                    Paragraph(null, Text($"{labels.StillOpen}:", bold: true));
                    foreach (var point in result.OpenCoachingPoints)
                    {
                        Bullet(Text(point));
                    }
                }
            }

            var unlinked = document.Indicators.Where(i => i.ResultId is null || !resultIds.Contains(i.ResultId)).ToArray();
            if (unlinked.Length > 0)
            {
                Paragraph(WordStyles.Heading2, Text(labels.OtherIndicators));
                IndicatorTable(unlinked);
            }
        }

        private void IndicatorTable(IReadOnlyList<ExportIndicator> indicators)
        {
            AddTable([3600, 1500, 2338, 2200], labels.IndicatorTableHeader, indicators.Select(labels.IndicatorTableRow));
        }

        private void Activities(ExportDocument document)
        {
            if (document.Activities.Count == 0)
            {
                return;
            }

            Paragraph(WordStyles.Heading1, Text(labels.Activities));
            AddTable(
                [3838, 2700, 1500, 1600],
                [labels.ActivityWhat, labels.ActivityOrganisations, labels.ActivityNature, labels.ActivityResults],
                document.Activities.Select(a => new[]
                {
                    a.What,
                    string.Join(", ", a.Organisations),
                    labels.Of(a.Nature),
                    string.Join(", ", a.ResultIds),
                }));
        }

        private void QualityAgreements(ExportDocument document)
        {
            if (document.QualityAgreements.Count == 0)
            {
                return;
            }

            Paragraph(WordStyles.Heading1, Text(labels.QualityAgreements));
            AddTable(
                [2400, 5038, 2200],
                [labels.AgreementKind, labels.AgreementDescription, labels.AgreementOwner],
                document.QualityAgreements.Select(q => new[] { labels.Of(q.ConditionKind), q.Description, q.Owner }));
        }

        private void OpenQuestions(ExportDocument document)
        {
            if (document.OpenQuestions.Count == 0)
            {
                return;
            }

            Paragraph(WordStyles.Heading1, Text(labels.OpenQuestions));
            foreach (var question in document.OpenQuestions)
            {
                Bullet(Text(question));
            }
        }

        private void Participants(ExportDocument document)
        {
            if (document.Participants.Count == 0)
            {
                return;
            }

            Paragraph(WordStyles.Heading1, Text(labels.Participants));
            foreach (var organisation in document.Participants.GroupBy(p => p.Organisation, StringComparer.Ordinal))
            {
                var names = string.Join(", ", organisation.Where(p => p.Name.Length > 0).Select(p => p.Name));
                Bullet(names.Length == 0 ? Text(organisation.Key, bold: true) : [.. Text($"{organisation.Key}: ", bold: true), .. Text(names)]);
            }
        }

        private void LabelledLine(string label, string value)
        {
            if (value.Length == 0)
            {
                return;
            }

            Paragraph(null, [.. Text($"{label}: ", bold: true), .. Text(value)]);
        }

        private void AddTable(int[] widths, IReadOnlyList<string> header, IEnumerable<string[]> rows)
        {
            var table = new Table(
                new TableProperties(
                    new TableStyle { Val = WordStyles.Table },
                    new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableLook { Val = "0420" }),
                new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

            // The header row repeats on every page when a table breaks.
            table.Append(Row(widths, header, new TableRowProperties(new TableHeader())));
            foreach (var row in rows)
            {
                table.Append(Row(widths, row, null));
            }

            body.Add(table);

            // Word merges two tables that touch; a small paragraph keeps them apart.
            Paragraph(WordStyles.Meta, []);
        }

        private TableRow Row(int[] widths, IReadOnlyList<string> cells, TableRowProperties? properties)
        {
            var row = new TableRow();
            if (properties is not null)
            {
                row.Append(properties);
            }

            for (var i = 0; i < cells.Count; i++)
            {
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth
                    {
                        Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Type = TableWidthUnitValues.Dxa,
                    }),
                    NewParagraph(WordStyles.TableText, Text(cells[i]))));
            }

            return row;
        }

        private void Bullet(IEnumerable<Run> runs)
        {
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = WordStyles.ListParagraph },
                new NumberingProperties(
                    new NumberingLevelReference { Val = 0 },
                    new NumberingId { Val = WordStyles.BulletNumberingId })));
            paragraph.Append(runs);
            body.Add(paragraph);
        }

        private void Paragraph(string? style, IEnumerable<Run> runs) => body.Add(NewParagraph(style, runs));

        private static Paragraph NewParagraph(string? style, IEnumerable<Run> runs)
        {
            var paragraph = new Paragraph();
            if (style is not null)
            {
                paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            }

            paragraph.Append(runs);
            return paragraph;
        }

        // One run per line: line breaks in user text become w:br, tabs become spaces.
        private IEnumerable<Run> Text(string text, bool bold = false, bool italic = false)
        {
            var run = new Run(RunProperties(bold, italic));
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new Break());
                }

                run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            return [run];
        }

        private RunProperties RunProperties(bool bold, bool italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            properties.Append(new Languages { Val = labels.LanguageTag });
            return properties;
        }
    }
}
