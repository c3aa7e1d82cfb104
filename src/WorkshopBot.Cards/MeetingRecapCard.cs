using System.Globalization;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class MeetingRecapCard
{
    private const int MaxItems = 25;

    public static JsonObject Build(MeetingRecapView view, Language language)
    {
        var t = CardText.For(language);
        var steps = view.StepsWorkedOn.Where(CompassSteps.IsValid).Distinct().Order()
            .Select(s => s.ToString(CultureInfo.InvariantCulture)).ToList();
        var body = new List<JsonNode?>
        {
            Ac.Heading(Format(t.RecapTitleFormat, Esc(view.WerkgroepName)), "Large"),
            view.MeetingDate is { } date ? Ac.Text(Date(date, t), subtle: true, spacing: "None") : null,
            Ac.Facts(
                [
                    (t.RecapNotesAdded, view.NotesAdded.ToString(CultureInfo.InvariantCulture)),
                    (t.RecapVotes, view.VotesCast.ToString(CultureInfo.InvariantCulture)),
                    (t.RecapParticipants, view.ParticipantCount.ToString(CultureInfo.InvariantCulture)),
                    (t.RecapSteps, steps.Count == 0 ? null : string.Join(", ", steps)),
                ]),
            Promoted(view, t),
        };
        var actions = new JsonNode?[]
        {
            BoardLink(view.BoardUrl, t),
            Ac.Execute(t.OpenStepCard, CardVerbs.ShowStep, Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId)), withInputs: false),
        };
        return Ac.Card(body, actions);
    }

    private static JsonObject Promoted(MeetingRecapView view, CardText t)
    {
        if (view.ItemsPromoted.Count == 0)
        {
            return Ac.Text(t.RecapNothingPromoted, subtle: true, separator: true);
        }

        var items = new List<JsonNode?> { Ac.Text(t.RecapPromotedHeading, weight: "Bolder") };
        items.AddRange(view.ItemsPromoted.Take(MaxItems)
            .Select(i => (JsonNode?)Ac.Text(Format("• {0}: {1}", KindName(i.Kind, t), Esc(i.Text)), spacing: "Small")));
        if (view.ItemsPromoted.Count > MaxItems)
        {
            items.Add(Ac.Text(Format(t.MoreItemsFormat, view.ItemsPromoted.Count - MaxItems), subtle: true));
        }

        return Ac.Container(items, separator: true)!;
    }
}
