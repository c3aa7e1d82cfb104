using System.Globalization;
using System.Text;

namespace WorkshopBot.Coaching.Tests.Agreement;

/// <summary>Compares the coach with the labels, per criterion, and lists every disagreement with its evidence.</summary>
public sealed class AgreementReport
{
    private readonly Dictionary<string, (int Agreed, int Total, int ExpectedFailed, int CoachFailed)> counts = new(StringComparer.Ordinal);
    private readonly List<string> criteriaOrder = [];
    private readonly List<string> disagreements = [];

    public IReadOnlyList<AgreementRow> Rows =>
        [.. criteriaOrder.Select(c => new AgreementRow(c, counts[c].Agreed, counts[c].Total, counts[c].ExpectedFailed, counts[c].CoachFailed))];

    public IReadOnlyList<string> Disagreements => disagreements;

    public void Add(string itemId, string criterion, string expected, string actual, string text, IReadOnlyList<string>? evidence = null)
    {
        if (!counts.ContainsKey(criterion))
        {
            criteriaOrder.Add(criterion);
            counts[criterion] = (0, 0, 0, 0);
        }

        var (agreed, total, expectedFailed, coachFailed) = counts[criterion];
        var same = expected == actual;
        counts[criterion] = (agreed + (same ? 1 : 0), total + 1, expectedFailed + (expected == "failed" ? 1 : 0), coachFailed + (actual == "failed" ? 1 : 0));
        if (!same)
        {
            var because = evidence is { Count: > 0 } ? $" [{string.Join("; ", evidence)}]" : string.Empty;
            disagreements.Add($"{itemId} {criterion}: label {expected}, coach {actual}{because} — {text}");
        }
    }

    public string ToMarkdown()
    {
        var table = new StringBuilder();
        table.AppendLine("| criterion | agreement | n | failed (label) | failed (coach) |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var row in Rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| `{row.Criterion}` | {row.Rate:P1} | {row.Total} | {row.ExpectedFailed} | {row.CoachFailed} |");
        }

        return table.ToString();
    }
}
