using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The moderator's confirmation before a new version goes to the large group: what changed since the
// latest version, then "Bevestigen" (publishes) or "Annuleren" (keeps everything).
public static class SummaryPreviewCard
{
    private const int MaxLines = 40;

    public static JsonObject Build(SummaryPreviewView view, Language language)
    {
        var t = CardText.For(language);
        var lines = view.Changes.Take(MaxLines).Select(c => Format(t.PreviewChangeLineFormat, Change(c.Change, t), Item(c.Item, t), Esc(c.Label))).ToList();
        if (view.Changes.Count > MaxLines)
        {
            lines.Add(Format(t.PreviewMoreFormat, view.Changes.Count - MaxLines));
        }

        var body = new List<JsonNode?>
        {
            Ac.Heading(Format(t.PreviewHeadingFormat, view.NextVersion, Esc(view.WerkgroepName))),
            Ac.Text(Intro(view, t), spacing: "Small"),
            lines.Count == 0 ? null : Ac.Text(string.Join("\n", lines), spacing: "Small"),
            view.PreviousVersion is { } previous ? Ac.Text(Format(t.PreviewNewRoundFormat, previous), subtle: true, size: "Small") : null,
        };
        var actions = new JsonNode?[]
        {
            Ac.Execute(t.ConfirmPublish, CardVerbs.PublishSummary, Ac.Data((CardDataKeys.PublishStep, CardValues.Confirm)), style: "positive"),
            Ac.Execute(t.CancelPublish, CardVerbs.PublishSummary, Ac.Data((CardDataKeys.PublishStep, CardValues.Cancel)), withInputs: false),
        };
        return Ac.Card(body, actions);
    }

    private static string Intro(SummaryPreviewView view, CardText t) => view.PreviousVersion switch
    {
        { } previous => Format(t.PreviewChangesSinceFormat, previous),
        null => t.PreviewFirstVersion,
    };

    private static string Change(SummaryChangeKind change, CardText t) => change switch
    {
        SummaryChangeKind.Added => t.ChangeAdded,
        SummaryChangeKind.Removed => t.ChangeRemoved,
        _ => t.ChangeChanged,
    };

    private static string Item(SummaryItemKind item, CardText t) => item switch
    {
        SummaryItemKind.Title => t.ItemTitle,
        SummaryItemKind.Result => t.ItemResult,
        SummaryItemKind.Indicator => t.ItemIndicator,
        SummaryItemKind.Activity => t.ItemActivity,
        SummaryItemKind.Agreement => t.ItemAgreement,
        SummaryItemKind.OpenQuestion => t.ItemOpenQuestion,
        _ => t.ItemParticipant,
    };
}
