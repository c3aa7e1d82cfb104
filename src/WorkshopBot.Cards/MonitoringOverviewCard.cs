using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Monitoring;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The werkgroep's monitoring overview: what is missing per organisation (a moderator can remind that
// organisation's data owners), the registration burden per partner, the stories per result, the open
// improvement actions (their owner or a moderator marks them done here), and the story and reflection forms.
public static class MonitoringOverviewCard
{
    private const int MaxLinesPerOrganisation = 10;
    private const int MaxOpenActions = 15;

    public static JsonObject Build(MonitoringOverviewView view, Language language)
    {
        var t = MonitoringCardText.For(language);
        var m = view.Monitoring;
        var body = new List<JsonNode?>
        {
            Ac.Heading(t.OverviewTitle),
            Ac.Text(Esc(m.WerkgroepName), subtle: true),
            m.Filter == NeedFilter.NeedToKnowOnly ? Ac.Text(t.NeedToKnowOnlyNote, size: "Small") : null,
        };
        if (view.Charts is { Count: > 0 } charts)
        {
            body.Add(Ac.Text(t.ChartsHeading, weight: "Bolder"));
            foreach (var chart in charts)
            {
                body.Add(Ac.Text(Esc(chart.IndicatorName), size: "Small", spacing: "Small"));
                body.Add(Ac.Image(chart.Url, Format(t.ChartAltFormat, chart.IndicatorName)));
            }
        }

        body.Add(Ac.Text(t.MissingHeading, weight: "Bolder", spacing: view.Charts is { Count: > 0 } ? "Medium" : null));
        if (m.Missing.Count == 0)
        {
            body.Add(Ac.Text(t.NothingMissing, color: "Good"));
        }

        foreach (var organisation in m.Missing)
        {
            var name = organisation.Organisation.Length == 0 ? t.NoOrganisation : Esc(organisation.Organisation);
            var lines = organisation.Items.Take(MaxLinesPerOrganisation).Select(i =>
                Format(t.MissingLineFormat, Esc(i.IndicatorName), PeriodLabels.Of(i.PeriodKey, t), i.OwnerName is null ? t.NoOwner : Esc(i.OwnerName))
                + (i.Overdue ? $" ({t.Overdue})" : ""));
            var canNudge = view.ViewerIsModerator && organisation.Items.Any(i => i.OwnerName is not null);
            body.Add(Ac.Container(
                [
                    Ac.Text($"**{name}**"),
                    Ac.Text(string.Join("\n\n", lines.Select(l => "- " + l)), size: "Small", spacing: "None"),
                    canNudge
                        ? Ac.Actions([Ac.Execute(Format(t.NudgeFormat, name), CardVerbs.NudgeDataOwners, Ac.Data((CardDataKeys.WerkgroepId, m.WerkgroepId), (MonitoringInputs.Organisation, organisation.Organisation)), withInputs: false)])
                        : null,
                ],
                separator: true));
        }

        if (m.RegistrationBurden.Count > 0)
        {
            body.Add(Ac.Text(t.BurdenHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(Ac.Text(
                string.Join("\n\n", m.RegistrationBurden.Select(b => "- " + Format(t.BurdenLineFormat, b.Organisation.Length == 0 ? t.NoOrganisation : Esc(b.Organisation), b.NewRegistrations, b.NewRegistrationsPerYear))),
                size: "Small"));
        }

        if (m.StoriesByResult.Count > 0)
        {
            body.Add(Ac.Text(t.StoriesPerResultHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(Ac.Text(
                string.Join("\n\n", m.StoriesByResult.Select(g => "- " + Format(t.StoriesPerResultLineFormat, g.ResultStatement is { } r ? Esc(r) : t.StoriesWithoutResult, g.StoryIds.Count))),
                size: "Small"));
        }

        var open = m.Reflections.SelectMany(r => r.Actions).Where(a => !a.Done).Take(MaxOpenActions).ToList();
        if (open.Count > 0)
        {
            body.Add(Ac.Text(t.OpenActionsHeading, weight: "Bolder", spacing: "Medium"));
            body.AddRange(open.Select(a => MonitoringActionLines.Line(
                a,
                m.WerkgroepId,
                view.ViewerIsModerator || (a.OwnerId is not null && a.OwnerId == view.ViewerId),
                MonitoringInputs.ShowOverview,
                t)));
        }

        if (view.ViewerIsModerator && view.Members is { Count: > 0 } members && m.Indicators.Count > 0)
        {
            body.Add(Ac.Container(
                [
                    Ac.Text(t.OwnerHeading, weight: "Bolder"),
                    Ac.ChoiceSet(MonitoringInputs.OwnerIndicator, t.OwnerIndicatorLabel, m.Indicators.Select(i => (Esc(i.Name), i.Id)), value: m.Indicators[0].Id),
                    Ac.ChoiceSet(MonitoringInputs.OwnerUser, t.OwnerUserLabel, members.Select(p => (Esc(p.Title), p.Id)), value: members[0].Id),
                    Ac.InputDate(MonitoringInputs.OwnerSince, t.OwnerSinceLabel),
                    Ac.Actions([Ac.Execute(t.AssignOwner, CardVerbs.AssignDataOwner, Ac.Data((CardDataKeys.WerkgroepId, m.WerkgroepId)))]),
                ],
                separator: true,
                spacing: "Medium"));
        }

        var actions = new JsonNode?[]
        {
            Ac.Execute(t.ToStoryForm, CardVerbs.ShowMonitoring, Ac.Data((CardDataKeys.WerkgroepId, m.WerkgroepId), (MonitoringInputs.Show, MonitoringInputs.ShowStoryForm)), withInputs: false),
            view.ViewerIsModerator
                ? Ac.Execute(t.ToReflectionForm, CardVerbs.ShowMonitoring, Ac.Data((CardDataKeys.WerkgroepId, m.WerkgroepId), (MonitoringInputs.Show, MonitoringInputs.ShowReflectionForm)), withInputs: false)
                : null,
            ManualRefresh(view.Audience, CardVerbs.ShowMonitoring, () => OverviewData(m.WerkgroepId), CardText.For(language)),
        };

        // The overview stays in the chat for days, but its chart links expire after one: Teams sends the refresh
        // when it shows the card to a listed member, and the answer is the overview of that moment (their own
        // controls, links signed then). Members Teams would not refresh get the manual button above.
        return Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.ShowMonitoring, () => OverviewData(m.WerkgroepId)));
    }

    // showMonitoring without "show": the overview.
    private static JsonObject OverviewData(string werkgroepId) => Ac.Data((CardDataKeys.WerkgroepId, werkgroepId));
}
