using System.Globalization;
using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Monitoring;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The reflection meeting (verbetercyclus): the figures and stories so far on top (wat zien we), then the
// three questions and one improvement action linked to activities, with an owner and a date.
public static class ReflectionForm
{
    public static JsonObject Build(ReflectionFormView view, Language language)
    {
        var t = MonitoringCardText.For(language);
        var body = new List<JsonNode?>
        {
            Ac.Heading(t.ReflectionTitle),
            ErrorBlock(view.Error),
        };
        foreach (var indicator in view.Monitoring.Indicators.Take(20))
        {
            body.Add(indicator.Periods.Count == 0
                ? Ac.Text(Format(t.NoFiguresYetFormat, Esc(indicator.Name)), size: "Small")
                : Ac.Text(
                    Format(
                        t.FigureLineFormat,
                        Esc(indicator.Name),
                        indicator.Periods[^1].Value.ToString("0.##", CultureInfo.InvariantCulture),
                        PeriodLabels.Of(indicator.Periods[^1].PeriodKey, t),
                        Esc(indicator.Baseline ?? "–"),
                        Esc(indicator.Target ?? "–")),
                    size: "Small"));
        }

        body.Add(Ac.Text(Format(t.StoriesCountFormat, view.Monitoring.StoriesByPeriod.Sum(p => p.Stories.Count)), size: "Small", subtle: true));
        body.Add(Ac.InputText(MonitoringInputs.WhatWeSee, t.WhatWeSeeLabel, multiline: true, maxLength: WerkgroepMonitoring.TextMaxLength, required: true, errorMessage: t.WhatWeSeeLabel));
        body.Add(Ac.InputText(MonitoringInputs.WhatItMeans, t.WhatItMeansLabel, multiline: true, maxLength: WerkgroepMonitoring.TextMaxLength));
        body.Add(Ac.InputText(MonitoringInputs.WhatWeChange, t.WhatWeChangeLabel, multiline: true, maxLength: WerkgroepMonitoring.TextMaxLength));
        body.Add(Ac.Text(t.ImprovementActionHeading, weight: "Bolder"));
        body.Add(Ac.InputText(MonitoringInputs.ActionText, t.ActionTextLabel, maxLength: WerkgroepMonitoring.TextMaxLength));
        body.Add(Ac.ChoiceSet(MonitoringInputs.ActionActivities, t.ActionActivitiesLabel, view.Activities.Select(a => (Esc(a.Title), a.Id)), multiSelect: true));
        body.Add(Ac.InputText(MonitoringInputs.ActionOwner, t.ActionOwnerLabel, maxLength: WerkgroepMonitoring.ShortTextMaxLength));
        body.Add(Ac.InputDate(MonitoringInputs.ActionDue, t.ActionDueLabel));
        var data = Ac.Data((CardDataKeys.WerkgroepId, view.Monitoring.WerkgroepId));
        return Ac.Card(body, [Ac.Execute(t.RecordReflection, CardVerbs.RecordReflection, data, style: "positive")]);
    }
}
