using WorkshopBot.Domain.Items;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Editing a result, indicator, activity or quality agreement: the form a dialog shows (Bewerken on the item
// card sends task/fetch), or a message of its own for a client without dialogs. Built from the stored item
// when the dialog opens, so it carries the item's current version: a change by someone else in between is
// refused as stale instead of silently overwritten. For an indicator it is the full definition sheet, by mode.
public static class EditItemForm
{
    public static JsonObject Build(ItemCardView view, IReadOnlyList<ResultOption> results, Language language)
    {
        var t = CardText.For(language);
        var carried = new JsonObject();
        IEnumerable<JsonNode?> fields;
        string title;
        switch (view)
        {
            case ResultView result:
                title = Format(t.EditItemTitleFormat, t.KindResult);
                fields = ItemForms.Result(t, result.Text, result.TargetGroup, result.Baseline, result.Target, result.Deadline);
                break;
            case IndicatorView indicator:
                title = t.IndicatorSheetTitle;
                (fields, carried) = ItemForms.IndicatorSheet(t, indicator, results);
                break;
            case ActivityView activity:
                title = Format(t.EditItemTitleFormat, t.KindActivity);
                fields = ItemForms.Activity(t, activity.Name, activity.Description, activity.Owner, []);
                break;
            case QualityAgreementView agreement:
                title = Format(t.EditItemTitleFormat, t.KindQualityAgreement);
                fields = ItemForms.QualityAgreement(t, agreement.Text, agreement.Owner);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(view), view.GetType().Name, "Unknown item view.");
        }

        var data = ItemActions.Data(view);
        foreach (var (key, value) in carried)
        {
            data[key] = value?.DeepClone();
        }

        var body = new List<JsonNode?> { Ac.Heading(title), Ac.Text(Esc(Heading(view)), subtle: true, size: "Small", maxLines: 3) };
        body.AddRange(fields);
        JsonNode?[] actions =
        [
            Ac.Execute(t.Save, CardVerbs.UpdateItem, data, style: "positive"),
            Ac.Execute(t.Cancel, CardVerbs.RefreshItem, ItemActions.RefreshData(view), withInputs: false),
        ];
        return Ac.Card(body, actions);
    }

    private static string Heading(ItemCardView view) => view switch
    {
        ResultView r => r.Text,
        IndicatorView i => i.Name,
        ActivityView a => a.Name,
        QualityAgreementView q => q.Text,
        _ => "",
    };
}
