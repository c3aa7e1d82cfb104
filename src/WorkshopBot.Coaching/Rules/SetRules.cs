namespace WorkshopBot.Coaching.Rules;

internal static class SetRules
{
    private const int OutcomeStep = 5;

    public static IReadOnlyList<CriterionVerdict> Assess(IReadOnlyList<IndicatorDraft> drafts, IReadOnlyList<IndicatorAssessment> assessed, int step)
    {
        var outcome = Names(drafts, assessed, a => a.Type == IndicatorType.Outcome);
        var hasOutcome = outcome.Count > 0
            ? Verdicts.Passed(CriterionIds.HasOutcomeIndicator,
                $"Er is een outcome-indicator: {Verdicts.Quote(outcome)}.",
                $"There is an outcome indicator: {Verdicts.Quote(outcome)}.",
                outcome)
            : Verdicts.Failed(CriterionIds.HasOutcomeIndicator,
                drafts.Count == 0
                    ? "Er zijn nog geen indicatoren. Begin met één die laat zien of inwoners er beter van worden (outcome)."
                    : "Alle indicatoren tellen wat er gedaan wordt (input, proces of output). Voeg er één toe die laat zien of inwoners er beter van worden (outcome).",
                drafts.Count == 0
                    ? "There are no indicators yet. Start with one that shows whether residents are better off (outcome)."
                    : "All indicators count what is being done (input, process or output). Add one that shows whether residents are better off (outcome).",
                [.. assessed.Select((a, i) => $"{drafts[i].Name.Trim()}: {a.TypeText}")]);

        if (step != OutcomeStep)
        {
            return
            [
                hasOutcome,
                Verdicts.NotApplicable(CriterionIds.CountsAndStories,
                    "Tellen én vertellen vragen we bij stap 5.",
                    "Counting and storytelling is asked at step 5."),
            ];
        }

        var counts = Names(drafts, assessed, a => a.Mode == IndicatorMode.Count);
        var stories = Names(drafts, assessed, a => a.Mode == IndicatorMode.Story);
        CriterionVerdict countsAndStories = (counts.Count > 0, stories.Count > 0) switch
        {
            (true, true) => Verdicts.Passed(CriterionIds.CountsAndStories,
                "Je telt én je vertelt: cijfers en ervaringen samen laten zien wat er verandert.",
                "You count and you tell: numbers and experiences together show what changes.",
                [.. counts.Take(1), .. stories.Take(1)]),
            (true, false) => Verdicts.Failed(CriterionIds.CountsAndStories,
                "Je hebt alleen cijfers. Voeg een vertel-indicator toe, bijvoorbeeld ervaringsverhalen van deelnemers over wat er voor hen veranderde.",
                "You only have numbers. Add a story indicator, for example participants' stories about what changed for them.",
                counts),
            (false, true) => Verdicts.Failed(CriterionIds.CountsAndStories,
                "Je hebt alleen verhalen. Voeg een tel-indicator toe, bijvoorbeeld het percentage deelnemers dat zich minder eenzaam voelt.",
                "You only have stories. Add a count indicator, for example the percentage of participants who feel less lonely.",
                stories),
            _ => Verdicts.Failed(CriterionIds.CountsAndStories,
                "Voeg minstens één tel-indicator (cijfers) en één vertel-indicator (verhalen, ervaringen) toe.",
                "Add at least one count indicator (numbers) and one story indicator (stories, experiences).",
                []),
        };
        return [hasOutcome, countsAndStories];
    }

    private static List<string> Names(IReadOnlyList<IndicatorDraft> drafts, IReadOnlyList<IndicatorAssessment> assessed, Func<IndicatorAssessment, bool> predicate) =>
        [.. assessed.Select((a, i) => (a, i)).Where(x => predicate(x.a)).Select(x => drafts[x.i].Name.Trim())];
}
