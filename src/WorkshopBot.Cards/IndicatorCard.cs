using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The indicator's definition sheet, with what is still missing highlighted and the coach beside it.
public static class IndicatorCard
{
    public static JsonObject Build(IndicatorView view, Language language)
    {
        var t = CardText.For(language);
        JsonObject Data() => ItemActions.Data(view.WerkgroepId, view.Step, view.ItemId, FormalItemKind.Indicator, view.Version);
        JsonObject RefreshData() => ItemActions.RefreshData(view.WerkgroepId, view.ItemId, FormalItemKind.Indicator);

        var isStory = view.Measure == IndicatorKind.Vertellen;
        var fields = new List<(string Label, string? Value, bool Applies)>
        {
            (t.FieldDefinition, Esc(view.Definition), true),
            (t.FieldNumerator, Esc(view.Numerator), !isStory || view.Numerator is not null),
            (t.FieldDenominator, Esc(view.Denominator), !isStory || view.Denominator is not null),
            (t.FieldMeasure, view.Measure is { } m ? Measure(m, t) : null, true),
            (t.FieldLevel, view.Level is { } l ? Level(l, t) : null, true),
            (t.FieldDataSource, Esc(view.DataSource), true),
            (t.FieldExistingRegistration, view.ExistingRegistration switch
            {
                true => t.Yes,
                false => t.ExtraRegistration,
                null => null,
            }, true),
            (t.FieldOwner, Esc(view.Owner), true),
            (t.FieldFrequency, Esc(view.Frequency), true),
            (t.FieldBaseline, Esc(view.Baseline), true),
            (t.FieldTarget, Esc(view.Target), true),
            (t.FieldDirection, view.Direction is { } d ? Direction(d, t) : null, true),
            (t.FieldPriority, view.Priority is { } p ? Priority(p, t) : null, true),
        };
        var applicable = fields.Where(f => f.Applies).ToList();
        var missing = applicable.Count(f => string.IsNullOrWhiteSpace(f.Value));

        var body = new List<JsonNode?>
        {
            Ac.Text(Format(t.ItemHeaderFormat, t.KindIndicator, view.Step), subtle: true, size: "Small"),
            Ac.Heading(Esc(view.Name)),
            Ac.Text(ItemStatus(view.Status, t), color: ItemStatusColor(view.Status), weight: "Bolder", size: "Small", spacing: "None"),
            ProposedBy(view.ProposedBy, t),
            string.IsNullOrWhiteSpace(view.ResultText) ? null : Ac.Text(Format(t.ForResultFormat, Esc(view.ResultText)), size: "Small"),
            missing == 0
                ? Ac.Text(t.DefinitionSheetComplete, color: "Good", size: "Small")
                : Ac.Text(Count(missing, t.MissingFieldsOne, t.MissingFieldsMany), color: "Attention", size: "Small"),
            view.ExistingRegistration == false ? Ac.Text(t.ExtraRegistrationWarning, color: "Warning", size: "Small") : null,
            Ac.Container(applicable.Select(f => (JsonNode?)FieldRaw(f.Label, f.Value, t)), separator: true),
            CoachSection.Build(view.Coach, language),
        };

        var actions = ItemActions.Build(t, view.Viewer, view.Status, Data,
            () => ItemForms.Indicator(t, view, null, []), view.BoardUrl, view.Audience, RefreshData);
        return Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.RefreshItem, RefreshData));
    }

    // Values are escaped above (labels from our own tables are not user text).
    private static JsonObject FieldRaw(string label, string? value, CardText t) =>
        Ac.Columns(
            Ac.Column([Ac.Text(label, weight: "Bolder")], width: "140px"),
            Ac.Column([string.IsNullOrWhiteSpace(value)
                ? Ac.Text(t.Missing, color: "Attention", weight: "Bolder")
                : Ac.Text(value)]));
}
