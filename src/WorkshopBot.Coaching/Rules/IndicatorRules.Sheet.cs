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
            return Verdicts.Passed(CriterionIds.Definition,
                "Er is een definitie: iedereen meet hetzelfde.",
                "There is a definition: everyone measures the same thing.",
                ["definitie"]);
        }

        return Verdicts.Failed(CriterionIds.Definition,
            words == 0
                ? "Beschrijf precies wat je meet, zodat elke partner hetzelfde telt of verzamelt. Bijvoorbeeld: ‘75-plussers die in de Gezondheidsmonitor aangeven zich (zeer) ernstig eenzaam te voelen’."
                : "De definitie is nog erg kort. Beschrijf precies wie meetelt en wat je meet, zodat elke partner hetzelfde telt.",
            words == 0
                ? "Describe exactly what you measure, so every partner counts or collects the same thing. For example: ‘over-75s who report feeling (very) severely lonely in the Health Monitor’."
                : "The definition is still very short. Describe exactly who counts and what you measure, so every partner counts the same.",
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
            return Verdicts.Passed(CriterionIds.Unit, $"Eenheid is duidelijk: {Verdicts.Quote(fields)}.", $"The unit is clear: {Verdicts.Quote(fields)}.", fields);
        }

        if (story)
        {
            return Verdicts.NotApplicable(CriterionIds.Unit,
                "Bij vertellen is geen eenheid nodig; beschrijf wel hoe je de verhalen verzamelt.",
                "A story indicator needs no unit; do describe how the stories are collected.");
        }

        var words = name.Hits(LexiconLists.UnitTerms).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.UnitTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Unit, $"Eenheid: {Verdicts.Quote(words)}.", $"Unit: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Unit,
            "In welke eenheid druk je dit uit? Een aantal, een percentage (teller/noemer), een gemiddelde score?",
            "In which unit is this expressed? A count, a percentage (numerator/denominator), an average score?",
            []);
    }

    private static CriterionVerdict Source(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, TextAnalysis source)
    {
        if (Verdicts.Filled(d.DataSource))
        {
            return Verdicts.Passed(CriterionIds.Source, $"Bron: ‘{d.DataSource!.Trim()}’.", $"Source: ‘{d.DataSource!.Trim()}’.", [$"bron: {d.DataSource!.Trim()}"]);
        }

        var words = name.Hits(LexiconLists.ExistingSources).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.ExistingSources).Select(h => definition.Surface(h)))
            .Concat(definition.Hits(LexiconLists.SourceTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Source, $"Bron genoemd: {Verdicts.Quote(words)}.", $"Source named: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Source,
            "Waar komen de gegevens vandaan? Noem de bron, bij voorkeur iets wat een partner al bijhoudt (Gezondheidsmonitor, eigen registratie, cliëntervaringsonderzoek).",
            "Where does the data come from? Name the source, preferably something a partner already keeps (Health Monitor, own registration, client experience survey).",
            []);
    }

    private static CriterionVerdict ExistingSource(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, TextAnalysis source)
    {
        if (d.ExistingRegistration == true)
        {
            return Verdicts.Passed(CriterionIds.ExistingSource,
                "Dit wordt al geregistreerd: geen extra registratielast.",
                "This is already registered: no extra registration burden.",
                ["bestaande registratie: ja"]);
        }

        if (d.ExistingRegistration == false)
        {
            return Verdicts.Failed(CriterionIds.ExistingSource,
                "Dit vraagt een nieuwe registratie: dat kost partners tijd. Is er een bestaande bron die (bijna) hetzelfde laat zien?",
                "This needs a new registration, which costs partners time. Is there an existing source that shows (nearly) the same?",
                ["bestaande registratie: nee"]);
        }

        var texts = new[] { name, definition, source };
        var newWords = texts.SelectMany(t => t.Hits(LexiconLists.NewRegistrationTerms).Select(h => t.Surface(h))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (newWords.Count > 0)
        {
            return Verdicts.Failed(CriterionIds.ExistingSource,
                $"Dit wordt een nieuwe registratie ({Verdicts.Quote(newWords)}): extra werk voor partners. Kan het met wat al wordt bijgehouden?",
                $"This becomes a new registration ({Verdicts.Quote(newWords)}): extra work for partners. Can it be done with what is already kept?",
                newWords);
        }

        var existing = texts.SelectMany(t => t.Hits(LexiconLists.ExistingSources).Select(h => t.Surface(h))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (existing.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.ExistingSource,
                $"Bestaande bron: {Verdicts.Quote(existing)}. Dat scheelt registratielast.",
                $"Existing source: {Verdicts.Quote(existing)}. That saves registration work.",
                existing);
        }

        var anySource = Verdicts.Filled(d.DataSource) || definition.Hits(LexiconLists.SourceTerms).Count > 0;
        if (!anySource)
        {
            return Verdicts.NotApplicable(CriterionIds.ExistingSource,
                "Nog geen bron genoemd; kijk straks of een partner dit al bijhoudt.",
                "No source named yet; check later whether a partner already keeps this.");
        }

        return Verdicts.Failed(CriterionIds.ExistingSource,
            "Houdt een partner dit al bij? Geef aan of het een bestaande registratie is; een nieuwe registratie kost partners extra tijd.",
            "Does a partner already keep this? Say whether it is an existing registration; a new one costs partners extra time.",
            []);
    }

    private static CriterionVerdict Owner(IndicatorDraft d, TextAnalysis definition, TextAnalysis source)
    {
        if (Verdicts.Filled(d.Owner))
        {
            return Verdicts.Passed(CriterionIds.Owner, $"Eigenaar: ‘{d.Owner!.Trim()}’.", $"Owner: ‘{d.Owner!.Trim()}’.", [$"eigenaar: {d.Owner!.Trim()}"]);
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
            return Verdicts.Passed(CriterionIds.Owner, $"Eigenaar genoemd: {Verdicts.Quote(words)}.", $"Owner named: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Owner,
            "Welke organisatie is eigenaar: wie verzamelt de gegevens en levert ze aan?",
            "Which organisation owns this: who collects the data and delivers it?",
            []);
    }

    private static CriterionVerdict Frequency(IndicatorDraft d, TextAnalysis name, TextAnalysis definition)
    {
        if (Verdicts.Filled(d.Frequency))
        {
            return Verdicts.Passed(CriterionIds.Frequency, $"Frequentie: ‘{d.Frequency!.Trim()}’.", $"Frequency: ‘{d.Frequency!.Trim()}’.", [$"frequentie: {d.Frequency!.Trim()}"]);
        }

        var words = name.Hits(LexiconLists.FrequencyTerms).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.FrequencyTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Frequency, $"Frequentie: {Verdicts.Quote(words)}.", $"Frequency: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Frequency,
            "Hoe vaak meet je dit? Bijvoorbeeld jaarlijks, per kwartaal, of bij start en einde van een traject.",
            "How often is this measured? For example yearly, quarterly, or at the start and end of a programme.",
            []);
    }
}
