using System.Globalization;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Time;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Cards.Building;

// Pieces several cards share: refresh handling, dates, people, status badges, missing fields.
internal static class Chrome
{
    public static string Esc(string? text) => CardMarkdown.Escape(text);

    public static string Format(string template, params object?[] args) => TextTables.Fill(template, args);

    public static string Count(int count, string one, string many) =>
        Format(count == 1 ? one : many, count);

    public static string Time(DateTimeOffset instant) =>
        AmsterdamTime.Convert(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant, CardText t)
    {
        var local = AmsterdamTime.Convert(instant);
        return Format(t.DateFormat, local.Day, t.Months[local.Month - 1], local.Year);
    }

    public static string DateTime(DateTimeOffset instant, CardText t) =>
        Format(t.DateTimeFormat, Date(instant, t), Time(instant));

    // Escaped "Name (Organisation)".
    public static string Person(PersonView person) =>
        string.IsNullOrWhiteSpace(person.Organisation)
            ? Esc(person.Name)
            : Format("{0} ({1})", Esc(person.Name), Esc(person.Organisation));

    public static string ItemStatus(ItemStatus status, CardText t) => status switch
    {
        Domain.Items.ItemStatus.Vastgesteld => t.StatusVastgesteld,
        Domain.Items.ItemStatus.Geparkeerd => t.StatusGeparkeerd,
        _ => t.StatusConcept,
    };

    public static string ItemStatusColor(ItemStatus status) => status switch
    {
        Domain.Items.ItemStatus.Vastgesteld => "Good",
        Domain.Items.ItemStatus.Geparkeerd => "Warning",
        _ => "Accent",
    };

    public static string KindName(FormalItemKind kind, CardText t) => kind switch
    {
        FormalItemKind.Result => t.KindResult,
        FormalItemKind.Indicator => t.KindIndicator,
        FormalItemKind.Activity => t.KindActivity,
        _ => t.KindQualityAgreement,
    };

    public static string Level(IndicatorType level, CardText t) => level switch
    {
        IndicatorType.Input => t.LevelInput,
        IndicatorType.Proces => t.LevelProces,
        IndicatorType.Output => t.LevelOutput,
        _ => t.LevelOutcome,
    };

    public static string Measure(IndicatorKind measure, CardText t) =>
        measure == IndicatorKind.Tellen ? t.MeasureTellen : t.MeasureVertellen;

    public static string Direction(IndicatorDirection direction, CardText t) => direction switch
    {
        IndicatorDirection.Up => t.DirectionIncrease,
        IndicatorDirection.Down => t.DirectionDecrease,
        _ => t.DirectionMaintain,
    };

    public static string Priority(InformationNeed priority, CardText t) =>
        priority == InformationNeed.NeedToKnow ? t.PriorityNeedToKnow : t.PriorityNiceToKnow;

    public static string Answer(ReviewAnswer answer, CardText t) => answer switch
    {
        ReviewAnswer.Akkoord => t.AnswerAkkoord,
        ReviewAnswer.Vraag => t.AnswerVraag,
        _ => t.AnswerBezwaar,
    };

    public static string AnswerColor(ReviewAnswer answer) => answer switch
    {
        ReviewAnswer.Akkoord => "Good",
        ReviewAnswer.Vraag => "Warning",
        _ => "Attention",
    };

    public static IEnumerable<(string Title, string Value)> StepChoices(CardText t) =>
        CompassSteps.All.Select(step => (Format("{0}. {1}", step, t.Step(step).Name), step.ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<(string Title, string Value)> KindChoices(CardText t) =>
    [
        (t.KindResult, CardValues.Result),
        (t.KindIndicator, CardValues.Indicator),
        (t.KindActivity, CardValues.Activity),
        (t.KindQualityAgreement, CardValues.QualityAgreement),
    ];

    // Up to 60 members: automatic per-user refresh for the listed Teams ids (MRIs). More: a shared card
    // with a manual button, because Teams ignores refresh.userIds beyond 60. With an incomplete list
    // (members known only from the board, who have no Teams id yet) the card keeps the automatic
    // refresh for those listed and offers the manual button to the rest.
    public static bool UsesAutomaticRefresh(CardAudience? audience) =>
        audience is not null
        && audience.MemberCount <= CardLimits.MaxRefreshUserIds
        && audience.UserIds.Count is > 0 and <= CardLimits.MaxRefreshUserIds;

    public static JsonObject? Refresh(CardAudience? audience, string verb, Func<JsonObject> data) =>
        UsesAutomaticRefresh(audience) ? Ac.Refresh(verb, data(), audience!.UserIds) : null;

    public static JsonObject? ManualRefresh(CardAudience? audience, string verb, Func<JsonObject> data, CardText t) =>
        audience is not null && (!UsesAutomaticRefresh(audience) || audience.UserIds.Count < audience.MemberCount)
            ? Ac.Execute(t.Refresh, verb, data(), withInputs: false)
            : null;

    public static JsonObject? BoardLink(string? url, CardText t) =>
        string.IsNullOrWhiteSpace(url) ? null : Ac.OpenUrl(t.OpenBoard, url);

    public static JsonObject? ErrorBlock(string? error) =>
        string.IsNullOrWhiteSpace(error) ? null : Ac.Text(Esc(error), color: "Attention", weight: "Bolder");

    // A definition-sheet line: the value, or "ontbreekt nog" in attention colour.
    public static JsonObject Field(string label, string? value, CardText t)
    {
        var missing = string.IsNullOrWhiteSpace(value);
        return Ac.Columns(
            Ac.Column([Ac.Text(label, weight: "Bolder")], width: "120px"),
            Ac.Column([missing
                ? Ac.Text(t.Missing, color: "Attention", weight: "Bolder")
                : Ac.Text(Esc(value))]));
    }

    public static JsonObject? ProposedBy(PersonView? person, CardText t) =>
        person is null ? null : Ac.Text(Format(t.ProposedByFormat, Person(person)), subtle: true, size: "Small", spacing: "None");
}
