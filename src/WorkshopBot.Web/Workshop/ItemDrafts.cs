using WorkshopBot.Cards;
using WorkshopBot.Domain.Items;
using WorkshopBot.Web.Bot;

namespace WorkshopBot.Web.Workshop;

// Propose and edit forms share input ids (ItemForms), so one parser turns both into domain drafts.
// An edit replaces every draft field, so fields the form does not show are carried over from the
// current item instead of being wiped.
public static class ItemDrafts
{
    public static ResultDraft Result(CardData data, Result? current = null) => new()
    {
        Statement = data.String(CardInputs.ResultText)?.Trim(),
        TargetGroup = Optional(data, CardInputs.TargetGroup),
        Baseline = Optional(data, CardInputs.Baseline),
        Target = Optional(data, CardInputs.Target),
        Horizon = Optional(data, CardInputs.Deadline),
        WhatChanges = current?.WhatChanges,
        AmbitionId = current?.AmbitionId,
    };

    public static Indicator Indicator(CardData data) => new()
    {
        ResultId = Optional(data, CardInputs.ResultId),
        Name = data.String(CardInputs.IndicatorName)?.Trim() ?? "",
        Definition = Optional(data, CardInputs.Definition),
        Numerator = Optional(data, CardInputs.Numerator),
        Denominator = Optional(data, CardInputs.Denominator),
        IndicatorKind = CardValues.TryParseMeasure(data.String(CardInputs.Measure), out var measure) ? measure : null,
        Type = CardValues.TryParseLevel(data.String(CardInputs.Level), out var level) ? level : null,
        DataSource = Optional(data, CardInputs.DataSource),
        // An untouched toggle sends "false": the form cannot tell "no" from "not answered" once a
        // data source is named, so only a named source turns "false" into an explicit No.
        ExistingRegistration = data.String(CardInputs.ExistingRegistration) switch
        {
            CardValues.True => ExistingRegistration.Yes,
            CardValues.False when Optional(data, CardInputs.DataSource) is not null => ExistingRegistration.No,
            _ => ExistingRegistration.Unknown,
        },
        OwnerOrganisation = Optional(data, CardInputs.Owner),
        Frequency = Optional(data, CardInputs.Frequency),
        Baseline = Optional(data, CardInputs.Baseline),
        Target = Optional(data, CardInputs.Target),
        Direction = CardValues.TryParseDirection(data.String(CardInputs.Direction), out var direction) ? direction : null,
        Need = CardValues.TryParsePriority(data.String(CardInputs.Priority), out var priority) ? priority : null,
        StoriesAbout = Optional(data, CardInputs.StoriesAbout),
        StoriesFrom = Optional(data, CardInputs.StoriesFrom),
        CollectionMethod = Optional(data, CardInputs.CollectionMethod),
        StoriesUse = Optional(data, CardInputs.StoriesUse),
    };

    public static PlannedActivityDraft Activity(CardData data, PlannedActivity? current = null) => new()
    {
        What = data.String(CardInputs.ActivityName)?.Trim(),
        Organisations = Split(Optional(data, CardInputs.Owner)) is { Count: > 0 } owners ? owners : current?.Organisations ?? [],
        Formality = current?.Formality,
        ResultIds = Optional(data, CardInputs.ResultId) is { } resultId ? [resultId] : current?.ResultIds ?? [],
    };

    public static QualityAgreementDraft QualityAgreement(CardData data, QualityAgreement? current = null) => new()
    {
        Description = data.String(CardInputs.AgreementText)?.Trim(),
        OwnerOrganisation = Optional(data, CardInputs.Owner),
        ConditionKind = current?.ConditionKind,
        ResultIds = current?.ResultIds ?? [],
    };

    private static string? Optional(CardData data, string key) =>
        data.String(key)?.Trim() is { Length: > 0 } value ? value : null;

    private static IReadOnlyList<string> Split(string? value) =>
        (value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
