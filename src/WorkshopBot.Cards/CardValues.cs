using WorkshopBot.Cards.Views;

namespace WorkshopBot.Cards;

// Wire values of choice inputs and of the itemKind data field, with the parsers the server uses.
public static class CardValues
{
    public const string Result = "result";
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

    public static string ToWire(ItemKind kind) => kind switch
    {
        ItemKind.Result => Result,
        ItemKind.Indicator => Indicator,
        ItemKind.Activity => Activity,
        ItemKind.QualityAgreement => QualityAgreement,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWire(MeasureKind measure) => measure == MeasureKind.Tellen ? Tellen : Vertellen;

    public static string ToWire(IndicatorLevel level) => level switch
    {
        IndicatorLevel.Input => Input,
        IndicatorLevel.Proces => Proces,
        IndicatorLevel.Output => Output,
        IndicatorLevel.Outcome => Outcome,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string ToWire(TargetDirection direction) => direction switch
    {
        TargetDirection.Increase => Increase,
        TargetDirection.Decrease => Decrease,
        TargetDirection.Maintain => Maintain,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static string ToWire(KnowPriority priority) => priority == KnowPriority.NeedToKnow ? NeedToKnow : NiceToKnow;

    public static string ToWire(ReviewAnswer answer) => answer switch
    {
        ReviewAnswer.Akkoord => Akkoord,
        ReviewAnswer.Vraag => Vraag,
        ReviewAnswer.Bezwaar => Bezwaar,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    public static bool TryParseItemKind(string? value, out ItemKind kind) => TryParse(value, out kind,
        (Result, ItemKind.Result), (Indicator, ItemKind.Indicator), (Activity, ItemKind.Activity),
        (QualityAgreement, ItemKind.QualityAgreement));

    public static bool TryParseMeasure(string? value, out MeasureKind measure) => TryParse(value, out measure,
        (Tellen, MeasureKind.Tellen), (Vertellen, MeasureKind.Vertellen));

    public static bool TryParseLevel(string? value, out IndicatorLevel level) => TryParse(value, out level,
        (Input, IndicatorLevel.Input), (Proces, IndicatorLevel.Proces), (Output, IndicatorLevel.Output),
        (Outcome, IndicatorLevel.Outcome));

    public static bool TryParseDirection(string? value, out TargetDirection direction) => TryParse(value, out direction,
        (Increase, TargetDirection.Increase), (Decrease, TargetDirection.Decrease), (Maintain, TargetDirection.Maintain));

    public static bool TryParsePriority(string? value, out KnowPriority priority) => TryParse(value, out priority,
        (NeedToKnow, KnowPriority.NeedToKnow), (NiceToKnow, KnowPriority.NiceToKnow));

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
