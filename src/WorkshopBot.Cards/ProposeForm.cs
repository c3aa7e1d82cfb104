using WorkshopBot.Domain.Items;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Propose a result, indicator, activity or quality agreement; prefilled when promoting a note.
public static class ProposeForm
{
    public static JsonObject Build(ProposeFormView view, Language language)
    {
        var t = CardText.For(language);
        var (title, guidance, fields) = view.Kind switch
        {
            FormalItemKind.Result => (t.ProposeResult, t.ResultGuidance, ItemForms.Result(t, view.PrefillText)),
            FormalItemKind.Indicator => (t.ProposeIndicator, t.IndicatorGuidance, ItemForms.IndicatorShort(t, view.PrefillText, view.Results, view.SelectedResultId)),
            FormalItemKind.Activity => (t.ProposeActivity, t.ActivityGuidance, ItemForms.Activity(t, view.PrefillText, null, null, view.Results, view.SelectedResultId)),
            _ => (t.ProposeQualityAgreement, t.QualityAgreementGuidance, ItemForms.QualityAgreement(t, view.PrefillText, null)),
        };

        var body = new List<JsonNode?>
        {
            Ac.Heading(title),
            Ac.Text(guidance, size: "Small"),
            view.Kind == FormalItemKind.Result
                ? Ac.Text(Format(t.ExampleFormat, t.Step(2).Example), size: "Small", subtle: true)
                : null,
            string.IsNullOrWhiteSpace(view.SourceNoteId) || string.IsNullOrWhiteSpace(view.PrefillText)
                ? null
                : Ac.Text(Format(t.FromNoteFormat, Esc(view.PrefillText)), subtle: true, size: "Small"),
            ErrorBlock(view.Error),
        };
        body.AddRange(fields);

        var data = Ac.Data(
            (CardDataKeys.WerkgroepId, view.WerkgroepId),
            (CardDataKeys.Step, view.Step),
            (CardDataKeys.ItemKind, CardValues.ToWire(view.Kind)),
            (CardDataKeys.SourceNoteId, view.SourceNoteId),
            (CardDataKeys.SourceNoteVersion, view.SourceNoteVersion));
        var actions = new JsonNode?[]
        {
            Ac.Execute(t.Submit, CardVerbs.ProposeItem, data, style: "positive"),
            Ac.Execute(t.Cancel, CardVerbs.ShowStep,
                Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId), (CardDataKeys.Step, view.Step)), withInputs: false),
        };
        return Ac.Card(body, actions);
    }
}
