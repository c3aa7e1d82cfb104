using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Reusable block: what the coach found good, what is still missing (with the words that triggered
// it), and a suggested formulation. The coach advises; nothing here blocks the group.
public static class CoachSection
{
    public static JsonObject? Build(CoachFeedbackView? feedback, Language language)
    {
        if (feedback is null)
        {
            return null;
        }

        var t = CardText.For(language);
        var passed = feedback.Verdicts.Where(v => v.Status == CoachVerdictStatus.Passed).ToList();
        var failed = feedback.Verdicts.Where(v => v.Status == CoachVerdictStatus.Failed).ToList();
        if (passed.Count == 0 && failed.Count == 0 && string.IsNullOrWhiteSpace(feedback.SuggestedFormulation))
        {
            return null;
        }

        var items = new List<JsonNode?> { Ac.Text(t.CoachHeading, weight: "Bolder", size: "Medium") };
        if (passed.Count > 0)
        {
            items.Add(Ac.Text(t.CoachGood, weight: "Bolder", color: "Good", spacing: "Small"));
            items.AddRange(passed.Select(v => Ac.Text("✓ " + Esc(v.Message), spacing: "Small")));
        }

        if (failed.Count > 0)
        {
            items.Add(Ac.Text(t.CoachMissing, weight: "Bolder", color: "Warning", spacing: "Medium"));
            foreach (var verdict in failed)
            {
                items.Add(Ac.Text("• " + Esc(verdict.Message), spacing: "Small"));
                if (verdict.Evidence.Count > 0)
                {
                    var quoted = string.Join(", ", verdict.Evidence.Select(e => "„" + Esc(e) + "”"));
                    items.Add(Ac.Text(Format(t.CoachEvidenceFormat, quoted), subtle: true, size: "Small", spacing: "None"));
                }

                if (!string.IsNullOrWhiteSpace(verdict.Suggestion))
                {
                    items.Add(Ac.Text(Format(t.CoachTipFormat, Esc(verdict.Suggestion)), size: "Small", spacing: "None"));
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(feedback.SuggestedFormulation))
        {
            items.Add(Ac.Text(t.CoachSuggestion, weight: "Bolder", spacing: "Medium"));
            items.Add(Ac.Text(Esc(feedback.SuggestedFormulation), spacing: "Small"));
        }

        items.Add(Ac.Text(t.CoachAdvisory, subtle: true, size: "Small"));
        return Ac.Container(items, style: "emphasis", separator: true);
    }
}
