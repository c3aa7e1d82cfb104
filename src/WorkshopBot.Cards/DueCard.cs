using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Sent 1:1 to an indicator's data owner when periods are due: a short entry form for one period at a
// time (the oldest missing one preselected). Submitting answers with the same card for the next
// missing period, or a thank-you when nothing is missing any more.
public static class DueCard
{
    public static JsonObject Build(DueCardView view, Language language)
    {
        var t = MonitoringCardText.For(language);
        var body = new List<JsonNode?>
        {
            Ac.Heading(Format(t.DueTitleFormat, Esc(view.IndicatorName))),
            Ac.Text(Format(t.DueIntroFormat, Esc(view.WerkgroepName)), subtle: true),
            string.IsNullOrWhiteSpace(view.Definition) ? null : Ac.Text(Esc(view.Definition), size: "Small"),
            view.Baseline is null && view.Target is null ? null : Ac.Text(Format(t.BaselineTargetFormat, Esc(view.Baseline ?? "–"), Esc(view.Target ?? "–")), size: "Small"),
            ErrorBlock(view.Error),
        };
        if (view.MissingPeriods.Count == 0)
        {
            body.Add(Ac.Text(t.NothingDue, weight: "Bolder", color: "Good"));
            return Ac.Card(body);
        }

        body.Add(Ac.Text(Format(t.DueMissingFormat, string.Join(", ", view.MissingPeriods.Select(p => PeriodLabels.Of(p, t)))), weight: "Bolder"));
        body.Add(Ac.ChoiceSet(MonitoringInputs.Period, t.PeriodLabel, view.MissingPeriods.Select(p => (PeriodLabels.Of(p, t), p.Key)), value: view.MissingPeriods[0].Key, required: true));
        if (view.AsksFraction)
        {
            body.Add(Ac.Columns(
                Ac.Column([Number(MonitoringInputs.Numerator, t.NumeratorLabel, t.ValueRequired)]),
                Ac.Column([Number(MonitoringInputs.Denominator, t.DenominatorLabel, t.ValueRequired)])));
        }
        else
        {
            body.Add(Number(MonitoringInputs.Value, t.ValueLabel, t.ValueRequired));
        }

        body.Add(Ac.InputText(MonitoringInputs.Source, t.SourceLabel, value: view.DataSource, maxLength: 200));
        body.Add(Ac.InputText(MonitoringInputs.Note, t.NoteLabel, multiline: true, maxLength: 2000));
        var data = Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId), (MonitoringInputs.IndicatorId, view.IndicatorId));
        return Ac.Card(body, [Ac.Execute(t.Save, CardVerbs.RecordMeasurement, data, style: "positive")]);
    }

    private static JsonObject Number(string id, string label, string error) => new()
    {
        ["type"] = "Input.Number",
        ["id"] = id,
        ["label"] = label,
        ["isRequired"] = true,
        ["errorMessage"] = error,
    };
}
