using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Cards;

// Wire values of choice inputs and of the itemKind data field, with the parsers the server uses.
public static class CardValues
{
    public const string Result = "result";

    // publishStep of publishSummary: absent shows the preview; confirm publishes; cancel keeps everything.
    public const string Confirm = "confirm";
    public const string Cancel = "cancel";

    public const string Indicator = "indicator";
    public const string Activity = "activity";
    public const string QualityAgreement = "qualityAgreement";

    public const string Tellen = "tellen";
    public const string Vertellen = "vertellen";

    public const string Input = "input";
    public const string Proces = "proces";
    public const string Output = "output";
    public const string Outcome = "outcome";

    public const string Increase = "increase";
    public const string Decrease = "decrease";
    public const string Maintain = "maintain";

    public const string NeedToKnow = "needToKnow";
    public const string NiceToKnow = "niceToKnow";

    public const string Akkoord = "akkoord";
    public const string Vraag = "vraag";
    public const string Bezwaar = "bezwaar";

    public const string True = "true";
    public const string False = "false";

    public static string ToWire(FormalItemKind kind) => kind switch
    {
        FormalItemKind.Result => Result,
        FormalItemKind.Indicator => Indicator,
        FormalItemKind.Activity => Activity,
        FormalItemKind.QualityAgreement => QualityAgreement,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWire(IndicatorKind measure) => measure == IndicatorKind.Tellen ? Tellen : Vertellen;

    public static string ToWire(IndicatorType level) => level switch
    {
        IndicatorType.Input => Input,
        IndicatorType.Proces => Proces,
        IndicatorType.Output => Output,
        IndicatorType.Outcome => Outcome,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string ToWire(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.Up => Increase,
        IndicatorDirection.Down => Decrease,
        IndicatorDirection.Stable => Maintain,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static string ToWire(InformationNeed priority) => priority == InformationNeed.NeedToKnow ? NeedToKnow : NiceToKnow;

    public static string ToWire(ReviewAnswer answer) => answer switch
    {
        ReviewAnswer.Akkoord => Akkoord,
        ReviewAnswer.Vraag => Vraag,
        ReviewAnswer.Bezwaar => Bezwaar,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    public static bool TryParseItemKind(string? value, out FormalItemKind kind) => TryParse(value, out kind,
        (Result, FormalItemKind.Result), (Indicator, FormalItemKind.Indicator), (Activity, FormalItemKind.Activity),
        (QualityAgreement, FormalItemKind.QualityAgreement));

    public static bool TryParseMeasure(string? value, out IndicatorKind measure) => TryParse(value, out measure,
        (Tellen, IndicatorKind.Tellen), (Vertellen, IndicatorKind.Vertellen));

    public static bool TryParseLevel(string? value, out IndicatorType level) => TryParse(value, out level,
        (Input, IndicatorType.Input), (Proces, IndicatorType.Proces), (Output, IndicatorType.Output),
        (Outcome, IndicatorType.Outcome));

    public static bool TryParseDirection(string? value, out IndicatorDirection direction) => TryParse(value, out direction,
        (Increase, IndicatorDirection.Up), (Decrease, IndicatorDirection.Down), (Maintain, IndicatorDirection.Stable));

    public static bool TryParsePriority(string? value, out InformationNeed priority) => TryParse(value, out priority,
        (NeedToKnow, InformationNeed.NeedToKnow), (NiceToKnow, InformationNeed.NiceToKnow));

    public static bool TryParseReviewAnswer(string? value, out ReviewAnswer answer) => TryParse(value, out answer,
        (Akkoord, ReviewAnswer.Akkoord), (Vraag, ReviewAnswer.Vraag), (Bezwaar, ReviewAnswer.Bezwaar));

    private static bool TryParse<T>(string? value, out T result, params (string Wire, T Value)[] table)
        where T : struct
    {
        foreach (var (wire, candidate) in table)
        {
            if (string.Equals(value?.Trim(), wire, StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }
}
