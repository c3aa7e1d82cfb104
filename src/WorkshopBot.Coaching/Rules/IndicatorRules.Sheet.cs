using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// The definition sheet: what is measured, in which unit, from which (existing) source, by whom and how often.
internal sealed partial class IndicatorRules
{
    private static CriterionVerdict Definition(IndicatorDraft d, TextAnalysis definition)
    {
        var words = definition.Tokens.Count(t => t.IsWord || t.IsNumber);
        if (words >= MinimumDefinitionWords)
        {
            return Verdicts.Passed(CriterionIds.Definition, Verdicts.Say(t => t.DefinitionPresent), ["definitie"]);
        }

        return Verdicts.Failed(CriterionIds.Definition,
            Verdicts.Say(t => words == 0 ? t.DefinitionMissing : t.DefinitionShort),
            words == 0 ? [] : [d.Definition!.Trim()]);
    }

    private static CriterionVerdict Unit(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, bool story)
    {
        var fields = new List<string>();
        if (Verdicts.Filled(d.Numerator))
        {
            fields.Add($"teller: {d.Numerator!.Trim()}");
        }

        if (Verdicts.Filled(d.Denominator))
        {
            fields.Add($"noemer: {d.Denominator!.Trim()}");
        }

        if (Verdicts.Filled(d.Unit))
        {
            fields.Add($"eenheid: {d.Unit!.Trim()}");
        }

        if (fields.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Unit, Verdicts.Say(t => t.UnitFieldsFormat, Verdicts.Quote(fields)), fields);
        }

        if (story)
        {
            return Verdicts.NotApplicable(CriterionIds.Unit, Verdicts.Say(t => t.UnitNotForStories));
        }

        var words = name.Hits(LexiconLists.UnitTerms).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.UnitTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Unit, Verdicts.Say(t => t.UnitNamedFormat, Verdicts.Quote(words)), words);
        }

        return Verdicts.Failed(CriterionIds.Unit, Verdicts.Say(t => t.UnitMissing), []);
    }

    private static CriterionVerdict Source(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, TextAnalysis source)
    {
        if (Verdicts.Filled(d.DataSource))
        {
            return Verdicts.Passed(CriterionIds.Source, Verdicts.Say(t => t.SourceFieldFormat, d.DataSource!.Trim()), [$"bron: {d.DataSource!.Trim()}"]);
        }

        var words = name.Hits(LexiconLists.ExistingSources).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.ExistingSources).Select(h => definition.Surface(h)))
            .Concat(definition.Hits(LexiconLists.SourceTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Source, Verdicts.Say(t => t.SourceNamedFormat, Verdicts.Quote(words)), words);
        }

        return Verdicts.Failed(CriterionIds.Source, Verdicts.Say(t => t.SourceMissing), []);
    }

    private static CriterionVerdict ExistingSource(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, TextAnalysis source)
    {
        if (d.ExistingRegistration == true)
        {
            return Verdicts.Passed(CriterionIds.ExistingSource, Verdicts.Say(t => t.AlreadyRegistered), ["bestaande registratie: ja"]);
        }

        if (d.ExistingRegistration == false)
        {
            return Verdicts.Failed(CriterionIds.ExistingSource, Verdicts.Say(t => t.NewRegistrationDeclared), ["bestaande registratie: nee"]);
        }

        var texts = new[] { name, definition, source };
        var newWords = texts.SelectMany(t => t.Hits(LexiconLists.NewRegistrationTerms).Select(h => t.Surface(h))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (newWords.Count > 0)
        {
            return Verdicts.Failed(CriterionIds.ExistingSource, Verdicts.Say(t => t.NewRegistrationFormat, Verdicts.Quote(newWords)), newWords);
        }

        var existing = texts.SelectMany(t => t.Hits(LexiconLists.ExistingSources).Select(h => t.Surface(h))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (existing.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.ExistingSource, Verdicts.Say(t => t.ExistingSourceFormat, Verdicts.Quote(existing)), existing);
        }

        var anySource = Verdicts.Filled(d.DataSource) || definition.Hits(LexiconLists.SourceTerms).Count > 0;
        if (!anySource)
        {
            return Verdicts.NotApplicable(CriterionIds.ExistingSource, Verdicts.Say(t => t.NoSourceYet));
        }

        return Verdicts.Failed(CriterionIds.ExistingSource, Verdicts.Say(t => t.ExistingSourceUnknown), []);
    }

    private static CriterionVerdict Owner(IndicatorDraft d, TextAnalysis definition, TextAnalysis source)
    {
        if (Verdicts.Filled(d.Owner))
        {
            return Verdicts.Passed(CriterionIds.Owner, Verdicts.Say(t => t.OwnerFieldFormat, d.Owner!.Trim()), [$"eigenaar: {d.Owner!.Trim()}"]);
        }

        var words = new List<string>();
        foreach (var text in new[] { definition, source })
        {
            foreach (var marker in text.Hits(LexiconLists.OwnerMarkers))
            {
                // A bare "door" needs the organisation right after it ("door de buurtsportcoach"), not before
                // ("schuldhulpverlening gedeeld door het aantal trajecten").
                var bare = marker.Entry == "door";
                var organisation = text.Hits(LexiconLists.Organisations).Find(o =>
                    (o.Start >= marker.End && o.Start - marker.End <= (bare ? 2 : 4)) || (!bare && marker.Start >= o.End && marker.Start - o.End <= 3));
                if (organisation.Length > 0)
                {
                    words.Add(text.Surface(Math.Min(marker.Start, organisation.Start), Math.Max(marker.End, organisation.End)));
                }
            }
        }

        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Owner, Verdicts.Say(t => t.OwnerNamedFormat, Verdicts.Quote(words)), words);
        }

        return Verdicts.Failed(CriterionIds.Owner, Verdicts.Say(t => t.OwnerMissing), []);
    }

    private static CriterionVerdict Frequency(IndicatorDraft d, TextAnalysis name, TextAnalysis definition)
    {
        if (Verdicts.Filled(d.Frequency))
        {
            return Verdicts.Passed(CriterionIds.Frequency, Verdicts.Say(t => t.FrequencyFormat, Verdicts.Quote([d.Frequency!.Trim()])), [$"frequentie: {d.Frequency!.Trim()}"]);
        }

        // Only the definition says how often the indicator is measured. In the name a frequency word belongs to
        // what is counted ("aantal huisuitzettingen per jaar", "percentage dat wekelijks sport", "score bij
        // afsluiting"): the group still has to say how often it looks.
        var words = definition.Hits(LexiconLists.FrequencyTerms).Select(h => definition.Surface(h))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Frequency, Verdicts.Say(t => t.FrequencyFormat, Verdicts.Quote(words)), words);
        }

        return Verdicts.Failed(CriterionIds.Frequency, Verdicts.Say(t => t.FrequencyMissing), []);
    }

}
