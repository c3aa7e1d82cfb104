using System.Text;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The factsheet as GitHub-flavoured Markdown, with the full definition sheet per indicator. All user
// text goes through SafeText.Markdown: HTML is entity-escaped and markdown syntax backslash-escaped,
// so a note can neither inject a tag nor a link, heading or table row.
public static class MarkdownExporter
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static byte[] Render(ExportDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(RenderText(document, language));
    }

    public static string RenderText(ExportDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clean = DocumentCleaner.Clean(document);
        var labels = ExportText.For(language);
        var md = new StringBuilder();

        md.Append("# ").Append(E(clean.Title)).Append("\n\n");
        md.Append('_').Append(E(labels.Subtitle(clean))).Append("_\n\n");
        md.Append(E(labels.IntroFor(clean))).Append("\n\n");
        md.Append("**").Append(E(labels.SummaryFor(clean))).Append("**\n\n");

        if (clean.Ambitions.Count > 0)
        {
            md.Append("## ").Append(E(labels.Ambitions)).Append("\n\n");
            foreach (var ambition in clean.Ambitions)
            {
                md.Append("- **").Append(E(ambition.Title)).Append("**\n");
                foreach (var goal in ambition.SubGoals)
                {
                    md.Append("  - ").Append(E(goal)).Append('\n');
                }
            }

            md.Append('\n');
        }

        var resultIds = new HashSet<string>(clean.Results.Select(r => r.Id), StringComparer.Ordinal);
        if (clean.Results.Count > 0)
        {
            md.Append("## ").Append(E(labels.Results)).Append("\n\n");
        }

        foreach (var result in clean.Results)
        {
            md.Append("### ").Append(E(NumberedLabel.Of(result.Number, result.Statement))).Append("\n\n");
            Item(md, labels.Level, labels.Of(result.Level));
            Item(md, labels.Status, labels.Of(result.Status));
            Item(md, labels.TargetGroup, result.TargetGroup);
            Item(md, labels.Change, result.Change);
            Item(md, labels.BaselineToTarget, labels.BaselineTarget(result.Baseline, result.Target));
            Item(md, labels.Horizon, result.Horizon);
            foreach (var point in result.OpenCoachingPoints)
            {
                Item(md, labels.StillOpen, point);
            }

            md.Append('\n');
            var indicators = clean.Indicators.Where(i => i.ResultId == result.Id).ToArray();
            if (indicators.Length == 0)
            {
                md.Append('_').Append(E(labels.NoIndicatorsYet)).Append("_\n\n");
            }
            else
            {
                IndicatorTable(md, labels, indicators);
            }
        }

        var unlinked = clean.Indicators.Where(i => i.ResultId is null || !resultIds.Contains(i.ResultId)).ToArray();
        if (unlinked.Length > 0)
        {
            md.Append("### ").Append(E(labels.OtherIndicators)).Append("\n\n");
            IndicatorTable(md, labels, unlinked);
        }

        if (clean.Indicators.Count > 0)
        {
            DefinitionSheets(md, clean, labels);
        }

        if (clean.Activities.Count > 0)
        {
            md.Append("## ").Append(E(labels.Activities)).Append("\n\n");
            Table(
                md,
                [labels.ActivityWhat, labels.ActivityOrganisations, labels.ActivityNature, labels.ActivityResults],
                clean.Activities.Select(a => new[] { NumberedLabel.Of(a.Number, a.What), string.Join(", ", a.Organisations), labels.Of(a.Nature), clean.ResultNumbers(a.ResultIds) }));
        }

        if (clean.QualityAgreements.Count > 0)
        {
            md.Append("## ").Append(E(labels.QualityAgreements)).Append("\n\n");
            Table(
                md,
                [labels.AgreementKind, labels.AgreementDescription, labels.AgreementOwner],
                clean.QualityAgreements.Select(q => new[] { NumberedLabel.Of(q.Number, labels.Of(q.ConditionKind)), q.Description, q.Owner }));
        }

        if (clean.OpenQuestions.Count > 0)
        {
            md.Append("## ").Append(E(labels.OpenQuestions)).Append("\n\n");
            foreach (var question in clean.OpenQuestions)
            {
                md.Append("- ").Append(E(question)).Append('\n');
            }

            md.Append('\n');
        }

        if (clean.Participants.Count > 0)
        {
            md.Append("## ").Append(E(labels.Participants)).Append("\n\n");
            foreach (var organisation in clean.Participants.GroupBy(p => p.Organisation, StringComparer.Ordinal))
            {
                md.Append("- **").Append(E(organisation.Key)).Append("**");
                var names = string.Join(", ", organisation.Where(p => p.Name.Length > 0).Select(p => E(p.Name)));
                if (names.Length > 0)
                {
                    md.Append(": ").Append(names);
                }

                md.Append('\n');
            }

            md.Append('\n');
        }

        md.Append('_').Append(E($"{labels.MadeWith} {labels.LongDate(clean.GeneratedAt)}.")).Append("_\n");
        return md.ToString();
    }

    private static void DefinitionSheets(StringBuilder md, ExportDocument document, ExportText labels)
    {
        md.Append("## ").Append(E(labels.Indicators)).Append("\n\n");
        var header = IndicatorRegister.Header(labels);
        var rows = IndicatorRegister.Rows(document, labels);

        // Columns 0 and 1 (number, name) make the heading; the rest is the definition sheet.
        foreach (var row in rows)
        {
            md.Append("### ").Append(E(NumberedLabel.Of(row[0], row[1]))).Append("\n\n");
            for (var c = 2; c < row.Count; c++)
            {
                Item(md, header[c], row[c]);
            }

            md.Append('\n');
        }
    }

    private static void IndicatorTable(StringBuilder md, ExportText labels, IReadOnlyList<ExportIndicator> indicators) =>
        Table(md, labels.IndicatorTableHeader, indicators.Select(labels.IndicatorTableRow));

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        md.Append("| ").Append(string.Join(" | ", header.Select(E))).Append(" |\n");
        md.Append('|').Append(string.Concat(header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows)
        {
            md.Append("| ").Append(string.Join(" | ", row.Select(E))).Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Item(StringBuilder md, string label, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        md.Append("- **").Append(E(label)).Append(":** ").Append(E(value)).Append('\n');
    }

    private static string E(string value) => SafeText.Markdown(value);
}
