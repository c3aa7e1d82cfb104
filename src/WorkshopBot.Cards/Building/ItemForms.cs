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

    public static IEnumerable<JsonNode?> Indicator(CardText t, IndicatorView? current, string? prefillName, IReadOnlyList<ResultOption> results,
        string? selectedResultId = null) =>
    [
        ResultChoice(t, results, current?.ResultId ?? selectedResultId),
        Ac.InputText(CardInputs.IndicatorName, t.FieldIndicatorName, current?.Name ?? prefillName, maxLength: 300,
            required: true, errorMessage: t.FieldRequired),
        Ac.InputText(CardInputs.Definition, t.FieldDefinition, current?.Definition, multiline: true, maxLength: 1000),
        Ac.InputText(CardInputs.Numerator, t.FieldNumerator, current?.Numerator, maxLength: 300),
        Ac.InputText(CardInputs.Denominator, t.FieldDenominator, current?.Denominator, maxLength: 300),
        Ac.ChoiceSet(CardInputs.Measure, t.FieldMeasure,
            [(t.MeasureTellen, CardValues.Tellen), (t.MeasureVertellen, CardValues.Vertellen)],
            value: current?.Measure is { } m ? CardValues.ToWire(m) : null, expanded: true),
        Ac.ChoiceSet(CardInputs.Level, t.FieldLevel,
            [(t.LevelInput, CardValues.Input), (t.LevelProces, CardValues.Proces), (t.LevelOutput, CardValues.Output), (t.LevelOutcome, CardValues.Outcome)],
            value: current?.Level is { } l ? CardValues.ToWire(l) : null, placeholder: t.ChoosePlaceholder),
        Ac.InputText(CardInputs.DataSource, t.FieldDataSource, current?.DataSource, t.DataSourcePlaceholder, maxLength: 300),
        Ac.Toggle(CardInputs.ExistingRegistration, t.FieldExistingRegistration, t.ExistingRegistrationToggle, current?.ExistingRegistration == true),
        Ac.InputText(CardInputs.Owner, t.FieldOwner, current?.Owner, maxLength: 200),
        Ac.InputText(CardInputs.Frequency, t.FieldFrequency, current?.Frequency, t.FrequencyPlaceholder, maxLength: 100),
        Ac.InputText(CardInputs.Baseline, t.FieldBaseline, current?.Baseline, maxLength: 200),
        Ac.InputText(CardInputs.Target, t.FieldTarget, current?.Target, maxLength: 200),
        Ac.ChoiceSet(CardInputs.Direction, t.FieldDirection,
            [(t.DirectionIncrease, CardValues.Increase), (t.DirectionDecrease, CardValues.Decrease), (t.DirectionMaintain, CardValues.Maintain)],
            value: current?.Direction is { } d ? CardValues.ToWire(d) : null, placeholder: t.ChoosePlaceholder),
        Ac.ChoiceSet(CardInputs.Priority, t.FieldPriority,
            [(t.PriorityNeedToKnow, CardValues.NeedToKnow), (t.PriorityNiceToKnow, CardValues.NiceToKnow)],
            value: current?.Priority is { } p ? CardValues.ToWire(p) : null, expanded: true),
    ];

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

    private static JsonObject? ResultChoice(CardText t, IReadOnlyList<ResultOption> results, string? selected) =>
        results.Count == 0
            ? null
            : Ac.ChoiceSet(CardInputs.ResultId, t.FieldResult,
                results.Select(r => (r.Text.Length <= 120 ? r.Text : string.Concat(r.Text.AsSpan(0, 119), "…"), r.ItemId)),
                value: selected, placeholder: t.ChoosePlaceholder);
}
