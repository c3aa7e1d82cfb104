using WorkshopBot.Coaching.Localization;
using WorkshopBot.Coaching.Text;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching.Rules;

// Where the indicator should go: baseline, target, whether the group needs to know it, and the suggested rewrite.
internal sealed partial class IndicatorRules
{
    private static CriterionVerdict Baseline(IndicatorDraft d, TextAnalysis definition, bool story)
    {
        if (Verdicts.Filled(d.Baseline))
        {
            return Verdicts.Passed(CriterionIds.Baseline, Verdicts.Say(t => t.BaselineFieldFormat, d.Baseline!.Trim()), [$"nul-meting: {d.Baseline!.Trim()}"]);
        }

        if (story)
        {
            return Verdicts.NotApplicable(CriterionIds.Baseline, Verdicts.Say(t => t.BaselineNotForStories));
        }

        var words = definition.Hits(LexiconLists.BaselineTerms).Select(h => definition.Surface(h)).ToList();
        var numbers = NumberFacts.Analyze(definition);
        if (numbers.FromTo.Count == 2)
        {
            words.Add(definition.Surface(numbers.FromTo[0].Start, numbers.FromTo[0].End));
        }

        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Baseline, Verdicts.Say(t => t.BaselineNamedFormat, Verdicts.Quote(words)), words);
        }

        return Verdicts.Failed(CriterionIds.Baseline, Verdicts.Say(t => t.BaselineMissing), []);
    }

    private static CriterionVerdict Target(IndicatorDraft d, TextAnalysis definition, bool story)
    {
        if (Verdicts.Filled(d.Target))
        {
            var direction = Verdicts.Filled(d.Direction) ? $" ({d.Direction!.Trim()})" : string.Empty;
            return Verdicts.Passed(CriterionIds.Target, Verdicts.Say(t => t.TargetFieldFormat, d.Target!.Trim(), direction), [$"streefwaarde: {d.Target!.Trim()}"]);
        }

        if (story)
        {
            return Verdicts.NotApplicable(CriterionIds.Target, Verdicts.Say(t => t.TargetNotForStories));
        }

        var words = definition.Hits(LexiconLists.TargetTerms).Select(h => definition.Surface(h)).ToList();
        var numbers = NumberFacts.Analyze(definition);
        if (numbers.FromTo.Count == 2)
        {
            words.Add(definition.Surface(numbers.FromTo[1].Start, numbers.FromTo[1].End));
        }

        // "minimaal 60%", "maximaal 10 werkdagen" is a target; "minstens wekelijks" is part of the definition.
        for (var k = 0; k + 1 < definition.Count; k++)
        {
            if (definition.TextAt(k) is "minimaal" or "minstens" or "maximaal" or "hoogstens" && definition.Tokens[k + 1].IsNumber)
            {
                words.Add(definition.Surface(k, k + 2));
            }
        }

        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Target, Verdicts.Say(t => t.TargetNamedFormat, Verdicts.Quote(words)), words);
        }

        if (Verdicts.Filled(d.Direction))
        {
            var given = d.Direction!.Trim();
            return Verdicts.Failed(CriterionIds.Target, Verdicts.Say(t => t.DirectionWithoutTargetFormat, given), [$"richting: {given}"]);
        }

        return Verdicts.Failed(CriterionIds.Target, Verdicts.Say(t => t.TargetMissing), []);
    }

    private static CriterionVerdict NeedToKnow(IndicatorDraft d, TextAnalysis name, TextAnalysis definition)
    {
        var need = d.NeedToKnow;
        var evidence = new List<string>();
        if (need is null)
        {
            foreach (var text in new[] { name, definition })
            {
                if (text.Hits(LexiconLists.NeedToKnowTerms).Count > 0)
                {
                    need = true;
                    evidence.Add(text.Surface(text.Hits(LexiconLists.NeedToKnowTerms)[0]));
                }
                else if (text.Hits(LexiconLists.NiceToKnowTerms).Count > 0)
                {
                    need = false;
                    evidence.Add(text.Surface(text.Hits(LexiconLists.NiceToKnowTerms)[0]));
                }
            }
        }
        else
        {
            evidence.Add(need.Value ? "need-to-know" : "nice-to-know");
        }

        return need switch
        {
            true => Verdicts.Passed(CriterionIds.NeedToKnow, Verdicts.Say(t => t.NeedToKnow), evidence),
            false => Verdicts.Passed(CriterionIds.NeedToKnow, Verdicts.Say(t => t.NiceToKnow), evidence),
            _ => Verdicts.Failed(CriterionIds.NeedToKnow, Verdicts.Say(t => t.NeedToKnowMissing), []),
        };
    }

    // The definition-sheet placeholders below are Dutch in both languages, as they were before CoachText: the
    // rest of the sheet quotes the group's own Dutch words.
    private static CoachMessage Suggestion(IndicatorDraft d, IndicatorType? type, IndicatorKind? mode, TextAnalysis name)
    {
        var groupHits = name.Hits(LexiconLists.TargetGroups);
        var group = groupHits.Count > 0 ? name.Surface(groupHits[0]) : "[doelgroep]";
        if (type is IndicatorType.Output or IndicatorType.Proces or IndicatorType.Input)
        {
            return new CoachMessage(t => CoachText.Fill(
                t.NotOutcomeIndicatorFormat,
                type switch
                {
                    IndicatorType.Output => t.OutputLabel,
                    IndicatorType.Proces => t.ProcessLabel,
                    _ => t.InputLabel,
                },
                group));
        }

        var source = Verdicts.Filled(d.DataSource) ? d.DataSource!.Trim() : "[bestaande bron]";
        var owner = Verdicts.Filled(d.Owner) ? d.Owner!.Trim() : "[organisatie]";
        var frequency = Verdicts.Filled(d.Frequency) ? d.Frequency!.Trim() : "[frequentie]";
        if (mode == IndicatorKind.Vertellen)
        {
            return Verdicts.Say(t => t.StorySheetFormat, d.Name.Trim(), group, source, owner, frequency);
        }

        var baseline = Verdicts.Filled(d.Baseline) ? d.Baseline!.Trim() : "[nul-meting]";
        var target = Verdicts.Filled(d.Target) ? d.Target!.Trim() : "[streefwaarde]";
        return Verdicts.Say(t => t.CountSheetFormat, d.Name.Trim(), source, owner, frequency, baseline, target);
    }
}
