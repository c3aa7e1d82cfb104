using WorkshopBot.Coaching.Rules;
using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching;

/// <summary>
/// Explainable, rule-based checks of draft results and indicators against the Kwaliteitskompas criteria.
/// Immutable after construction and thread-safe: register one instance (e.g. <see cref="Default"/>) as a singleton.
/// The coach advises; nothing here blocks a group.
/// </summary>
public sealed class Coach
{
    private static readonly Lazy<Coach> DefaultCoach = new(() => new Coach(CoachLexicon.Default));
    private readonly ResultRules resultRules;
    private readonly IndicatorRules indicatorRules;

    public Coach(CoachLexicon lexicon)
    {
        Lexicon = lexicon;
        var compiled = new CompiledLexicon(lexicon);
        resultRules = new ResultRules(compiled);
        indicatorRules = new IndicatorRules(compiled);
    }

    public static Coach Default => DefaultCoach.Value;

    public CoachLexicon Lexicon { get; }

    public ResultAssessment AssessResult(ResultDraft draft) => resultRules.Assess(draft);

    public IndicatorAssessment AssessIndicator(IndicatorDraft draft) => indicatorRules.Assess(draft);
}
