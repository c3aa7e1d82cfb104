using WorkshopBot.Domain.Items;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The indicator's definition sheet, with what is still missing highlighted and the coach beside it.
public static class IndicatorCard
{
    public static JsonObject Build(IndicatorView view, Language language)
    {
        var t = CardText.For(language);
        var isStory = view.Measure == IndicatorKind.Vertellen;
        // A vertellen indicator has its own sheet (which stories, from whom, how collected, how often, what
        // the werkgroep does with them); teller, noemer, nulmeting, streefwaarde and richting are for
        // tellen and show for a story only when someone filled them in anyway.
        var fields = new List<(string Label, string? Value, bool Applies)>
        {
            (t.FieldDefinition, Esc(view.Definition), !isStory || view.Definition is not null),
            (t.FieldNumerator, Esc(view.Numerator), !isStory || view.Numerator is not null),
            (t.FieldDenominator, Esc(view.Denominator), !isStory || view.Denominator is not null),
            (t.FieldStoriesAbout, Esc(view.StoriesAbout), isStory),
            (t.FieldStoriesFrom, Esc(view.StoriesFrom), isStory),
            (t.FieldCollectionMethod, Esc(view.CollectionMethod), isStory),
            (t.FieldStoriesUse, Esc(view.StoriesUse), isStory),
            (t.FieldMeasure, view.Measure is { } m ? Measure(m, t) : null, true),
            (t.FieldLevel, view.Level is { } l ? Level(l, t) : null, true),
            (t.FieldDataSource, Esc(view.DataSource), !isStory || view.DataSource is not null),
            (t.FieldExistingRegistration, view.ExistingRegistration switch
            {
                true => t.Yes,
                false => t.ExtraRegistration,
                null => null,
            }, !isStory || view.ExistingRegistration is not null),
            (t.FieldOwner, Esc(view.Owner), true),
            (t.FieldFrequency, Esc(view.Frequency), true),
            (t.FieldBaseline, Esc(view.Baseline), !isStory || view.Baseline is not null),
            (t.FieldTarget, Esc(view.Target), !isStory || view.Target is not null),
            (t.FieldDirection, view.Direction is { } d ? Direction(d, t) : null, !isStory || view.Direction is not null),
            (t.FieldPriority, view.Priority is { } p ? Priority(p, t) : null, true),
        };
        var applicable = fields.Where(f => f.Applies).ToList();
        var missing = applicable.Count(f => string.IsNullOrWhiteSpace(f.Value));

        var body = ItemFrame.Body(view, t, t.KindIndicator, view.Name,
            string.IsNullOrWhiteSpace(view.ResultText) ? null : Ac.Text(Format(t.ForResultFormat, Esc(view.ResultText)), size: "Small"),
            missing == 0
                ? Ac.Text(t.DefinitionSheetComplete, color: "Good", size: "Small")
                : Ac.Text(Count(missing, t.MissingFieldsOne, t.MissingFieldsMany), color: "Attention", size: "Small"),
            view.ExistingRegistration == false ? Ac.Text(t.ExtraRegistrationWarning, color: "Warning", size: "Small") : null,
            Ac.Container(applicable.Select(f => (JsonNode?)FieldRaw(f.Label, f.Value, t)), separator: true),
            CoachSection.Build(view.Coach, language));

        return ItemFrame.Card(view, body, ItemActions.Build(t, view));
    }

    // Values are escaped above (labels from our own tables are not user text).
    private static JsonObject FieldRaw(string label, string? value, CardText t) =>
        Ac.Columns(
            Ac.Column([Ac.Text(label, weight: "Bolder")], width: "140px"),
            Ac.Column([string.IsNullOrWhiteSpace(value)
                ? Ac.Text(t.Missing, color: "Attention", weight: "Bolder")
                : Ac.Text(value)]));
}
