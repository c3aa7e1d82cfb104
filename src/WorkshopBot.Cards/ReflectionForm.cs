using System.Globalization;
using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Monitoring;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The reflection meeting (verbetercyclus): where the last cycle left off (the previous reflection's
// improvement actions, open and done; they are marked done on the overview, so this form never loses what
// was typed in it), the figures and stories so
// far (wat zien we), then the three questions and up to MaxActionSlots improvement actions, each linked to
// activities, with an owner (a member, or a name typed for someone outside) and a date.
public static class ReflectionForm
{
    public static JsonObject Build(ReflectionFormView view, Language language)
    {
        var t = MonitoringCardText.For(language);
        var draft = view.Draft;
        var body = new List<JsonNode?>
        {
            Ac.Heading(t.ReflectionTitle),
            ErrorBlock(view.Error),
        };
        if (view.Monitoring.Reflections.Count > 0 && view.Monitoring.Reflections[^1].Actions is { Count: > 0 } previous)
        {
            body.Add(Ac.Text(t.PreviousActionsHeading, weight: "Bolder"));
            body.AddRange(previous.Select(a => MonitoringActionLines.Line(a, view.Monitoring.WerkgroepId, canMarkDone: false, MonitoringInputs.ShowReflectionForm, t)));
        }

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
        body.Add(Ac.InputText(MonitoringInputs.WhatWeSee, t.WhatWeSeeLabel, value: draft?.WhatWeSee, multiline: true, maxLength: WerkgroepMonitoring.TextMaxLength, required: true, errorMessage: t.WhatWeSeeLabel));
        body.Add(Ac.InputText(MonitoringInputs.WhatItMeans, t.WhatItMeansLabel, value: draft?.WhatItMeans, multiline: true, maxLength: WerkgroepMonitoring.TextMaxLength));
        body.Add(Ac.InputText(MonitoringInputs.WhatWeChange, t.WhatWeChangeLabel, value: draft?.WhatWeChange, multiline: true, maxLength: WerkgroepMonitoring.TextMaxLength));
        body.Add(Ac.Text(t.ActionSlotsHint, size: "Small", subtle: true));
        for (int slot = 1; slot <= MonitoringInputs.MaxActionSlots; slot++)
        {
            var typed = draft?.Actions is { } drafts && drafts.Count >= slot ? drafts[slot - 1] : null;
            body.Add(Ac.Container(
                [
                    Ac.Text(Format(t.ActionHeadingFormat, slot), weight: "Bolder"),
                    Ac.InputText(MonitoringInputs.Slot(MonitoringInputs.ActionText, slot), t.ActionTextLabel, value: typed?.Text, maxLength: WerkgroepMonitoring.TextMaxLength),
                    Ac.ChoiceSet(MonitoringInputs.Slot(MonitoringInputs.ActionActivities, slot), t.ActionActivitiesLabel, view.Activities.Select(a => (Esc(a.Title), a.Id)), value: StoryForm.Joined(typed?.ActivityIds), multiSelect: true),
                    view.Members.Count > 0
                        ? Ac.ChoiceSet(MonitoringInputs.Slot(MonitoringInputs.ActionOwnerMember, slot), t.ActionOwnerMemberLabel, view.Members.Select(m => (Esc(m.Title), m.Id)), value: typed?.OwnerUserId)
                        : null,
                    Ac.InputText(MonitoringInputs.Slot(MonitoringInputs.ActionOwner, slot), t.ActionOwnerOtherLabel, value: typed?.OwnerName, maxLength: WerkgroepMonitoring.ShortTextMaxLength),
                    Ac.InputDate(MonitoringInputs.Slot(MonitoringInputs.ActionDue, slot), t.ActionDueLabel, value: typed?.Due is { Length: > 0 } due ? due : null),
                ],
                separator: true));
        }
        var data = Ac.Data((CardDataKeys.WerkgroepId, view.Monitoring.WerkgroepId));
        return Ac.Card(body, [Ac.Execute(t.RecordReflection, CardVerbs.RecordReflection, data, style: "positive")]);
    }
}
