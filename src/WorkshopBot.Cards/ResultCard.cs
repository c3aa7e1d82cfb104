using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class ResultCard
{
    public static JsonObject Build(ResultView view, Language language)
    {
        var t = CardText.For(language);
        var missing = new[] { view.TargetGroup, view.Baseline, view.Target, view.Deadline }.Count(string.IsNullOrWhiteSpace);
        var body = ItemFrame.Body(view, t, t.KindResult, view.Text,
            missing == 0 ? null : Ac.Text(Count(missing, t.MissingFieldsOne, t.MissingFieldsMany), color: "Attention", size: "Small"),
            Field(t.FieldTargetGroup, view.TargetGroup, t),
            Field(t.FieldBaseline, view.Baseline, t),
            Field(t.FieldTarget, view.Target, t),
            Field(t.FieldDeadline, view.Deadline, t),
            Indicators(view, t),
            CoachSection.Build(view.Coach, language));

        var actions = ItemActions.Build(t, view);
        if (view.Viewer is not null && view.Status == Domain.Items.ItemStatus.Concept && view.Coach is { Adoptable: true } coach && !string.IsNullOrWhiteSpace(coach.SuggestedFormulation))
        {
            actions.Insert(0, Ac.Execute(t.AdoptSuggestion, CardVerbs.AdoptSuggestion, ItemActions.Data(view), withInputs: false));
        }

        if (view.Viewer is not null)
        {
            actions.Add(DialogCards.Open(t.ProposeIndicator, CardVerbs.ShowProposeForm,
                Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId), (CardDataKeys.Step, view.Step),
                    (CardDataKeys.ItemKind, CardValues.Indicator), (CardDataKeys.ItemId, view.ItemId))));
        }

        return ItemFrame.Card(view, body, actions);
    }

    private static JsonObject Indicators(ResultView view, CardText t)
    {
        if (view.Indicators.Count == 0)
        {
            return Ac.Text(t.NoIndicatorsYet, color: "Warning", separator: true);
        }

        var items = new List<JsonNode?> { Ac.Text(t.IndicatorsHeading, weight: "Bolder") };
        foreach (var indicator in view.Indicators)
        {
            var labels = new List<string>();
            if (indicator.Level is { } level)
            {
                labels.Add(Level(level, t));
            }

            if (indicator.Measure is { } measure)
            {
                labels.Add(Measure(measure, t));
            }

            labels.Add(ItemStatus(indicator.Status, t));
            items.Add(Ac.Text(Format("• {0} — {1}", Esc(indicator.Name), string.Join(", ", labels)), spacing: "Small"));
        }

        return Ac.Container(items, separator: true)!;
    }
}
