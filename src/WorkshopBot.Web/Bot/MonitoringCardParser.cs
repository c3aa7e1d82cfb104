using System.Globalization;
using WorkshopBot.Application.Commands;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Web.Bot;

// Card inputs of the monitoring cards → the monitoring commands. Values are untrusted: a number that
// does not parse stays null, and the domain refuses the command with a clear message.
public static class MonitoringCardParser
{
    private const char Separator = ',';

    public static MonitoringCommand? Parse(string verb, CardData data)
    {
        var werkgroepId = data.String(CardDataKeys.WerkgroepId);
        MonitoringCommand? command = verb switch
        {
            CardVerbs.AssignDataOwner => new AssignDataOwner(
                data.String(MonitoringInputs.OwnerIndicator) ?? "",
                data.String(MonitoringInputs.OwnerUser) ?? "",
                NullIfEmpty(data.String(MonitoringInputs.OwnerSince))),
            CardVerbs.RecordMeasurement => new RecordMeasurement(
                data.String(MonitoringInputs.IndicatorId) ?? "",
                data.String(MonitoringInputs.Period) ?? "",
                Number(data, MonitoringInputs.Value),
                Number(data, MonitoringInputs.Numerator),
                Number(data, MonitoringInputs.Denominator),
                data.String(MonitoringInputs.Source),
                data.String(MonitoringInputs.Note)),
            CardVerbs.AddStory => new AddStory(
                data.String(MonitoringInputs.StoryText) ?? "",
                Enum.TryParse<StoryPerspective>(data.String(MonitoringInputs.Perspective), ignoreCase: true, out var perspective) ? perspective : StoryPerspective.Inwoner,
                data.List(MonitoringInputs.StoryIndicators, Separator),
                data.List(MonitoringInputs.StoryResults, Separator),
                NullIfEmpty(data.String(MonitoringInputs.StoryPeriod)),
                NullIfEmpty(data.String(MonitoringInputs.StoryTheme)),
                data.String(MonitoringInputs.IsQuote) == CardValues.True,
                data.String(MonitoringInputs.Consent) == CardValues.True),
            CardVerbs.RecordReflection => new RecordReflection(
                data.String(MonitoringInputs.WhatWeSee) ?? "",
                data.String(MonitoringInputs.WhatItMeans),
                data.String(MonitoringInputs.WhatWeChange),
                ActionDrafts(data)),
            CardVerbs.CompleteImprovementAction => new CompleteImprovementAction(data.String(MonitoringInputs.ActionId) ?? ""),
            CardVerbs.NudgeDataOwners => new NudgeDataOwners(NullIfEmpty(data.String(MonitoringInputs.Organisation))),
            _ => null,
        };
        return command is null ? null : command with { CardWerkgroepId = werkgroepId };
    }

    // The filled-in improvement action slots of the reflection form; a slot without text is unused.
    private static IReadOnlyList<ImprovementActionDraft> ActionDrafts(CardData data) =>
    [
        .. Enumerable.Range(1, MonitoringInputs.MaxActionSlots)
            .Where(slot => !string.IsNullOrWhiteSpace(data.String(MonitoringInputs.Slot(MonitoringInputs.ActionText, slot))))
            .Select(slot => new ImprovementActionDraft(
                data.String(MonitoringInputs.Slot(MonitoringInputs.ActionText, slot))!,
                data.List(MonitoringInputs.Slot(MonitoringInputs.ActionActivities, slot), Separator),
                data.String(MonitoringInputs.Slot(MonitoringInputs.ActionOwner, slot)) ?? "",
                data.String(MonitoringInputs.Slot(MonitoringInputs.ActionDue, slot)) ?? "",
                NullIfEmpty(data.String(MonitoringInputs.Slot(MonitoringInputs.ActionOwnerMember, slot))))),
    ];

    // "23", "23.5" (Input.Number) or "23,5" (typed by hand in an older client).
    private static decimal? Number(CardData data, string key) =>
        data.String(key)?.Trim().Replace(',', '.') is { Length: > 0 } text
        && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
