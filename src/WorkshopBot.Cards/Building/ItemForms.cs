using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Building;

// Input fields for results, indicators, activities and quality agreements. Propose and edit forms use
// the same input ids, so the server parses both the same way.
internal static class ItemForms
{
    public static IEnumerable<JsonNode?> Result(CardText t, string? text = null, string? targetGroup = null,
        string? baseline = null, string? target = null, string? deadline = null) =>
    [
        Ac.InputText(CardInputs.ResultText, t.FieldResultText, text, t.ResultPlaceholder, multiline: true, maxLength: 1000,
            required: true, errorMessage: t.FieldRequired),
        Ac.InputText(CardInputs.TargetGroup, t.FieldTargetGroup, targetGroup, t.TargetGroupPlaceholder, maxLength: 200),
        Ac.InputText(CardInputs.Baseline, t.FieldBaseline, baseline, maxLength: 200),
        Ac.InputText(CardInputs.Target, t.FieldTarget, target, maxLength: 200),
        Ac.InputText(CardInputs.Deadline, t.FieldDeadline, deadline, t.DeadlinePlaceholder, maxLength: 100),
    ];

    // The short indicator form for live use in a meeting: which result, a name, tellen or vertellen and
    // who owns it. The full definition sheet (IndicatorSheet) is filled in afterwards.
    public static IEnumerable<JsonNode?> IndicatorShort(CardText t, string? prefillName, IReadOnlyList<ResultOption> results,
        string? selectedResultId = null) =>
    [
        Ac.Text(t.IndicatorShortFormHint, subtle: true, size: "Small"),
        ResultChoice(t, results, selectedResultId),
        Ac.InputText(CardInputs.IndicatorName, t.FieldIndicatorName, prefillName, maxLength: 300,
            required: true, errorMessage: t.FieldRequired),
        MeasureChoice(t, null),
        Ac.InputText(CardInputs.Owner, t.FieldOwner, null, maxLength: 200),
    ];

    // The full definition sheet, by mode: a vertellen indicator is asked which stories, from whom, how
    // collected, how often and what the werkgroep does with them; a tellen indicator its definition, teller,
    // noemer, source, nulmeting, streefwaarde and richting; with no mode chosen yet, both. An edit replaces
    // every field, so the values of the other mode's fields the sheet does not show travel in the action's
    // data (inputs override data keys of the same name) instead of being wiped.
    public static (IEnumerable<JsonNode?> Fields, JsonObject Carried) IndicatorSheet(CardText t, IndicatorView current, IReadOnlyList<ResultOption> results)
    {
        var stories = current.Measure != IndicatorKind.Tellen;
        var counts = current.Measure != IndicatorKind.Vertellen;
        var fields = new List<JsonNode?>
        {
            Ac.Text(current.Measure switch
            {
                IndicatorKind.Vertellen => t.IndicatorSheetStoriesHint,
                IndicatorKind.Tellen => t.IndicatorSheetCountHint,
                _ => t.IndicatorSheetUnknownMeasureHint,
            }, subtle: true, size: "Small"),
            ResultChoice(t, results, current.ResultId),
            Ac.InputText(CardInputs.IndicatorName, t.FieldIndicatorName, current.Name, maxLength: 300,
                required: true, errorMessage: t.FieldRequired),
            MeasureChoice(t, current.Measure),
            Ac.ChoiceSet(CardInputs.Level, t.FieldLevel,
                [(t.LevelInput, CardValues.Input), (t.LevelProces, CardValues.Proces), (t.LevelOutput, CardValues.Output), (t.LevelOutcome, CardValues.Outcome)],
                value: current.Level is { } l ? CardValues.ToWire(l) : null, placeholder: t.ChoosePlaceholder),
        };
        if (stories)
        {
            fields.Add(Ac.InputText(CardInputs.StoriesAbout, t.FieldStoriesAbout, current.StoriesAbout, t.StoriesAboutPlaceholder, multiline: true, maxLength: 1000));
            fields.Add(Ac.InputText(CardInputs.StoriesFrom, t.FieldStoriesFrom, current.StoriesFrom, t.StoriesFromPlaceholder, maxLength: 300));
            fields.Add(Ac.InputText(CardInputs.CollectionMethod, t.FieldCollectionMethod, current.CollectionMethod, t.CollectionMethodPlaceholder, maxLength: 300));
            fields.Add(Ac.InputText(CardInputs.StoriesUse, t.FieldStoriesUse, current.StoriesUse, multiline: true, maxLength: 1000));
        }

        if (counts)
        {
            fields.Add(Ac.InputText(CardInputs.Definition, t.FieldDefinition, current.Definition, multiline: true, maxLength: 1000));
            fields.Add(Ac.InputText(CardInputs.Numerator, t.FieldNumerator, current.Numerator, maxLength: 300));
            fields.Add(Ac.InputText(CardInputs.Denominator, t.FieldDenominator, current.Denominator, maxLength: 300));
            fields.Add(Ac.InputText(CardInputs.DataSource, t.FieldDataSource, current.DataSource, t.DataSourcePlaceholder, maxLength: 300));
            fields.Add(Ac.Toggle(CardInputs.ExistingRegistration, t.FieldExistingRegistration, t.ExistingRegistrationToggle, current.ExistingRegistration == true));
        }

        fields.Add(Ac.InputText(CardInputs.Owner, t.FieldOwner, current.Owner, maxLength: 200));
        fields.Add(Ac.InputText(CardInputs.Frequency, t.FieldFrequency, current.Frequency, t.FrequencyPlaceholder, maxLength: 100));
        if (counts)
        {
            fields.Add(Ac.InputText(CardInputs.Baseline, t.FieldBaseline, current.Baseline, maxLength: 200));
            fields.Add(Ac.InputText(CardInputs.Target, t.FieldTarget, current.Target, maxLength: 200));
            fields.Add(Ac.ChoiceSet(CardInputs.Direction, t.FieldDirection,
                [(t.DirectionIncrease, CardValues.Increase), (t.DirectionDecrease, CardValues.Decrease), (t.DirectionMaintain, CardValues.Maintain)],
                value: current.Direction is { } d ? CardValues.ToWire(d) : null, placeholder: t.ChoosePlaceholder));
        }

        fields.Add(Ac.ChoiceSet(CardInputs.Priority, t.FieldPriority,
            [(t.PriorityNeedToKnow, CardValues.NeedToKnow), (t.PriorityNiceToKnow, CardValues.NiceToKnow)],
            value: current.Priority is { } p ? CardValues.ToWire(p) : null, expanded: true));

        var carried = new JsonObject();
        if (!stories)
        {
            Carry(carried, CardInputs.StoriesAbout, current.StoriesAbout);
            Carry(carried, CardInputs.StoriesFrom, current.StoriesFrom);
            Carry(carried, CardInputs.CollectionMethod, current.CollectionMethod);
            Carry(carried, CardInputs.StoriesUse, current.StoriesUse);
        }

        if (!counts)
        {
            Carry(carried, CardInputs.Definition, current.Definition);
            Carry(carried, CardInputs.Numerator, current.Numerator);
            Carry(carried, CardInputs.Denominator, current.Denominator);
            Carry(carried, CardInputs.DataSource, current.DataSource);
            Carry(carried, CardInputs.ExistingRegistration, current.ExistingRegistration switch
            {
                true => CardValues.True,
                false => CardValues.False,
                null => null,
            });
            Carry(carried, CardInputs.Baseline, current.Baseline);
            Carry(carried, CardInputs.Target, current.Target);
            Carry(carried, CardInputs.Direction, current.Direction is { } direction ? CardValues.ToWire(direction) : null);
        }

        if (results.Count == 0)
        {
            Carry(carried, CardInputs.ResultId, current.ResultId);
        }

        return (fields, carried);
    }

    public static IEnumerable<JsonNode?> Activity(CardText t, string? name, string? description, string? owner, IReadOnlyList<ResultOption> results,
        string? selectedResultId = null) =>
    [
        ResultChoice(t, results, selectedResultId),
        Ac.InputText(CardInputs.ActivityName, t.FieldActivityName, name, maxLength: 300, required: true, errorMessage: t.FieldRequired),
        Ac.InputText(CardInputs.Description, t.FieldDescription, description, multiline: true, maxLength: 1000),
        Ac.InputText(CardInputs.Owner, t.FieldOwner, owner, maxLength: 200),
    ];

    public static IEnumerable<JsonNode?> QualityAgreement(CardText t, string? text, string? owner) =>
    [
        Ac.InputText(CardInputs.AgreementText, t.FieldAgreementText, text, multiline: true, maxLength: 1000,
            required: true, errorMessage: t.FieldRequired),
        Ac.InputText(CardInputs.Owner, t.FieldOwner, owner, maxLength: 200),
    ];

    private static JsonObject MeasureChoice(CardText t, IndicatorKind? measure) =>
        Ac.ChoiceSet(CardInputs.Measure, t.FieldMeasure,
            [(t.MeasureTellen, CardValues.Tellen), (t.MeasureVertellen, CardValues.Vertellen)],
            value: measure is { } m ? CardValues.ToWire(m) : null, expanded: true);

    private static void Carry(JsonObject carried, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            carried[key] = value;
        }
    }

    private static JsonObject? ResultChoice(CardText t, IReadOnlyList<ResultOption> results, string? selected) =>
        results.Count == 0
            ? null
            : Ac.ChoiceSet(CardInputs.ResultId, t.FieldResult,
                results.Select(r => (r.Text.Length <= 120 ? r.Text : string.Concat(r.Text.AsSpan(0, 119), "…"), r.ItemId)),
                value: selected, placeholder: t.ChoosePlaceholder);
}
