namespace WorkshopBot.Coaching;

/// <summary>Stable criterion ids; they appear in JSON output, cards and the labelled test set.</summary>
public static class CriterionIds
{
    public const string TargetGroup = "target-group";
    public const string ContentNotProcess = "content-not-process";
    public const string OutcomeNotOutput = "outcome-not-output";
    public const string Measurable = "measurable";
    public const string TimeBound = "time-bound";
    public const string Concrete = "concrete";
    public const string SingleResult = "single-result";

    public const string Definition = "definition";
    public const string Unit = "unit";
    public const string Source = "source";
    public const string ExistingSource = "existing-source";
    public const string Owner = "owner";
    public const string Frequency = "frequency";
    public const string Baseline = "baseline";
    public const string Target = "target";
    public const string NeedToKnow = "need-to-know";

    public static IReadOnlyList<string> Result { get; } =
        [TargetGroup, ContentNotProcess, OutcomeNotOutput, Measurable, TimeBound, Concrete, SingleResult];

    public static IReadOnlyList<string> Indicator { get; } =
        [Definition, Unit, Source, ExistingSource, Owner, Frequency, Baseline, Target, NeedToKnow];
}
