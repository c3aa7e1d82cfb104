using System.Text.Json.Nodes;
using System.Text;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Overview of a traject: ambitions with sub-goals, werkgroepen with their current step, moderators.
public static class TrajectCard
{
    // Export formats the export verb accepts (exportFormat input).
    public static IReadOnlyList<string> ExportFormats { get; } = ["word", "excel", "csv", "json"];

    // Ambitions round-trip through one multiline input: an ambition per line, sub-goals on the
    // following lines starting with "- ".
    public const string SubGoalPrefix = "- ";

    public static JsonObject Build(TrajectView view, Language language)
    {
        var t = CardText.For(language);
        var isModerator = view.Viewer?.IsModerator == true;
        var body = new List<JsonNode?>
        {
            Ac.Text(t.TrajectLabel, subtle: true, size: "Small"),
            Ac.Heading(Esc(view.Name), "Large"),
            Ac.Facts([(t.FieldGemeente, Esc(view.Gemeente)), (t.FieldTheme, Esc(view.Theme))]),
            Ambitions(view, t),
            Werkgroepen(view, isModerator, language, t),
            view.Moderators.Count == 0
                ? null
                : Ac.Text(Format(t.ModeratorsFormat, string.Join(", ", view.Moderators.Select(Person))), subtle: true, separator: true),
        };

        var actions = new List<JsonNode?>();
        if (isModerator)
        {
            var trajectData = Ac.Data((CardDataKeys.TrajectId, view.TrajectId));
            actions.Add(Ac.Execute(t.StartWerkgroep, CardVerbs.ShowStartWerkgroepForm, trajectData, style: "positive", withInputs: false));
            actions.Add(Ac.ShowCard(t.Edit, Ac.SubCard(
                [
                    Ac.InputText(CardInputs.TrajectName, t.FieldTrajectName, view.Name, maxLength: 150, required: true, errorMessage: t.FieldRequired),
                    Ac.InputText(CardInputs.Gemeente, t.FieldGemeente, view.Gemeente, maxLength: 100, required: true, errorMessage: t.FieldRequired),
                    Ac.InputText(CardInputs.Theme, t.FieldTheme, view.Theme, maxLength: 150),
                    Ac.InputText(CardInputs.Ambitions, t.FieldAmbitions, AmbitionsText(view.Ambitions), t.AmbitionsPlaceholder,
                        multiline: true, maxLength: 3000),
                ],
                [Ac.Execute(t.Save, CardVerbs.UpdateTraject,
                    Ac.Data((CardDataKeys.TrajectId, view.TrajectId), (CardDataKeys.TrajectVersion, view.Version)), style: "positive")])));
            actions.Add(Ac.ShowCard(t.Export, Ac.SubCard(
                [Ac.ChoiceSet(CardInputs.ExportFormat, t.ExportFormatLabel,
                    [(t.ExportWord, "word"), (t.ExportExcel, "excel"), ("CSV", "csv"), ("JSON", "json")], value: "word", expanded: true)],
                [Ac.Execute(t.Export, CardVerbs.Export, Ac.Data((CardDataKeys.TrajectId, view.TrajectId)))])));
        }

        actions.Add(Ac.Execute(t.Refresh, CardVerbs.ShowTraject, Ac.Data((CardDataKeys.TrajectId, view.TrajectId)), withInputs: false));
        return Ac.Card(body, actions);
    }

    private static string AmbitionsText(IReadOnlyList<AmbitionView> ambitions)
    {
        var builder = new StringBuilder();
        foreach (var ambition in ambitions)
        {
            builder.Append(ambition.Text).Append('\n');
            foreach (var goal in ambition.SubGoals)
            {
                builder.Append(SubGoalPrefix).Append(goal).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }

    private static JsonObject Ambitions(TrajectView view, CardText t)
    {
        if (view.Ambitions.Count == 0)
        {
            return Ac.Text(t.NoAmbitionsYet, subtle: true, separator: true);
        }

        var items = new List<JsonNode?> { Ac.Text(t.AmbitionsHeading, weight: "Bolder") };
        foreach (var ambition in view.Ambitions)
        {
            items.Add(Ac.Text("• " + Esc(ambition.Text), spacing: "Small"));
            items.AddRange(ambition.SubGoals.Select(g => (JsonNode?)Ac.Text("    – " + Esc(g), spacing: "None", size: "Small")));
        }

        return Ac.Container(items, separator: true)!;
    }

    private static JsonObject Werkgroepen(TrajectView view, bool isModerator, Language language, CardText t)
    {
        if (view.Werkgroepen.Count == 0)
        {
            return Ac.Text(t.NoWerkgroepenYet, subtle: true, separator: true);
        }

        var items = new List<JsonNode?> { Ac.Text(t.WerkgroepenHeading, weight: "Bolder") };
        foreach (var werkgroep in view.Werkgroepen)
        {
            var step = werkgroep.CurrentStep is { } n && CompassSteps.IsValid(n)
                ? Format(t.CurrentStepFormat, n, CompassSteps.Get(n, language).Name) + StateSuffix(werkgroep.CurrentStepState, t)
                : t.NotStartedYet;
            items.Add(Ac.Text(Esc(werkgroep.Name), weight: "Bolder", separator: true));
            items.Add(Ac.Text(step + " · " + Count(werkgroep.MemberCount, t.MemberOne, t.MemberMany), subtle: true, size: "Small", spacing: "None"));
            var werkgroepData = Ac.Data((CardDataKeys.TrajectId, view.TrajectId), (CardDataKeys.WerkgroepId, werkgroep.WerkgroepId));
            items.Add(Ac.Actions(
                [
                    Ac.Execute(t.OpenStepCard, CardVerbs.ShowStep, werkgroepData.DeepClone().AsObject(), withInputs: false),
                    BoardLink(werkgroep.BoardUrl, t),
                    isModerator ? Ac.Execute(t.PublishSummary, CardVerbs.PublishSummary, werkgroepData, withInputs: false) : null,
                ], spacing: "Small"));
        }

        return Ac.Container(items, separator: true)!;
    }

    private static string StateSuffix(StepStatus? state, CardText t) => state switch
    {
        StepStatus.Open => " (" + t.BadgeOpen.ToLowerInvariant() + ")",
        StepStatus.Closed => " (" + t.BadgeClosed.ToLowerInvariant() + ")",
        StepStatus.Locked => " (" + t.BadgeLocked.ToLowerInvariant() + ")",
        _ => string.Empty,
    };
}
