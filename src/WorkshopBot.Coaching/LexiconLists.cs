using System.Collections.Frozen;

namespace WorkshopBot.Coaching;

/// <summary>The names of the lists a lexicon file may contain.</summary>
public static class LexiconLists
{
    public const string TargetGroups = "targetGroups";

    /// <summary>Endings of plural person nouns that count as a target group when no entry matches (round 8).</summary>
    public const string PersonNounEndings = "personNounEndings";

    /// <summary>Words with a person ending that are no resident group: things, professionals, organisations ('*' = ending).</summary>
    public const string NotPersonNouns = "notPersonNouns";
    public const string ProcessTerms = "processTerms";
    public const string PreconditionTerms = "preconditionTerms";
    public const string ProcessActors = "processActors";
    public const string OutputNouns = "outputNouns";
    public const string OutputPhrases = "outputPhrases";
    public const string OutputVerbs = "outputVerbs";
    public const string ParticipationVerbs = "participationVerbs";
    public const string CountWords = "countWords";
    public const string OutcomeTerms = "outcomeTerms";
    public const string AbstractTerms = "abstractTerms";
    public const string VagueVerbs = "vagueVerbs";
    public const string EmptyPhrases = "emptyPhrases";
    public const string ChangeMarkers = "changeMarkers";
    public const string ClauseVerbs = "clauseVerbs";
    public const string MeansMarkers = "meansMarkers";
    public const string SubordinateMeansMarkers = "subordinateMeansMarkers";

    /// <summary>Round 9: prepositions that open a sentence-initial activity phrase ("Na de cursus …", "Bij de inloop …").</summary>
    public const string LeadingMeansMarkers = "leadingMeansMarkers";
    public const string PurposeMarkers = "purposeMarkers";
    public const string ResultJoiners = "resultJoiners";
    public const string GroupDeterminers = "groupDeterminers";
    public const string RangeMarkers = "rangeMarkers";
    public const string DurationPrepositions = "durationPrepositions";
    public const string DurationUnits = "durationUnits";
    public const string YearPrepositions = "yearPrepositions";
    public const string BaselineYearMarkers = "baselineYearMarkers";
    public const string TimePhrases = "timePhrases";
    public const string AgeMarkers = "ageMarkers";
    public const string QuantityPhrases = "quantityPhrases";
    public const string BaselineTargetPhrases = "baselineTargetPhrases";
    public const string IndicatorInputTerms = "indicatorInputTerms";
    public const string IndicatorProcessTerms = "indicatorProcessTerms";
    public const string IndicatorOutputTerms = "indicatorOutputTerms";
    public const string IndicatorOutcomeTerms = "indicatorOutcomeTerms";
    public const string StoryTerms = "storyTerms";
    public const string CountTerms = "countTerms";
    public const string UnitTerms = "unitTerms";
    public const string FrequencyTerms = "frequencyTerms";
    public const string BaselineTerms = "baselineTerms";
    public const string TargetTerms = "targetTerms";
    public const string NeedToKnowTerms = "needToKnowTerms";
    public const string NiceToKnowTerms = "niceToKnowTerms";
    public const string OwnerMarkers = "ownerMarkers";
    public const string ExistingSources = "existingSources";
    public const string NewRegistrationTerms = "newRegistrationTerms";
    public const string SourceTerms = "sourceTerms";
    public const string Organisations = "organisations";
    public const string DeliveryVerbs = "deliveryVerbs";
    public const string ProcessFrames = "processFrames";
    public const string ReceivingWords = "receivingWords";
    public const string VagueOutcomePhrases = "vagueOutcomePhrases";

    /// <summary>Predicates that say something changes for residents (durven, lossen af, wonen, lid van): positive evidence of outcome.</summary>
    public const string ChangePredicates = "changePredicates";

    /// <summary>Partners outside the social-domain providers (werkgevers, scholen): as subject they say how partners work.</summary>
    public const string PartnerActors = "partnerActors";

    /// <summary>Round 11: services and professionals residents go to, use or have contact with ("budgetcoach", "taalles", "buurtmaatje").</summary>
    public const string ServiceWords = "serviceWords";

    /// <summary>Round 11: marks and opinions ("rapportcijfer", "waardering"): given by partners they measure how organisations work together.</summary>
    public const string RatingTerms = "ratingTerms";

    /// <summary>Round 12: what an organisation puts in (fte, formatie, budget, bedrag): as the head of an indicator name it is input.</summary>
    public const string ResourceTerms = "resourceTerms";

    /// <summary>Round 12: visual reports (beeldverslag, collage, fotoverslag, video): a story that shows what was done.</summary>
    public const string VisualReportTerms = "visualReportTerms";

    /// <summary>Round 12: places an ideal is pinned on ("een gezonde, veilige en inclusieve gemeente"): adjectives before them describe an ideal, not a change.</summary>
    public const string IdealPlaceNouns = "idealPlaceNouns";

    /// <summary>Round 13: ordinary places residents go to on their own (bieb, zwembad, sportclub), not a project's activity.</summary>
    public const string OrdinaryPlaces = "ordinaryPlaces";

    /// <summary>Round 16: everyday objects residents use themselves (condoom, fietshelm, zonnebrand): using one is behaviour, not use of a service.</summary>
    public const string EverydayObjects = "everydayObjects";

    /// <summary>
    /// Lists whose words also match their inflected forms in the text (round 7): "roken" covers "rookt" and
    /// "gerookt", "slagen" covers "slaagt" and "geslaagd". Only the change predicates and outcome words, whose verbs
    /// appear in every person and tense; the other lists keep exact words and explicit '*' patterns.
    /// </summary>
    public static FrozenSet<string> Stemmed { get; } = new[] { ChangePredicates, OutcomeTerms }.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> All { get; } = new[]
    {
        TargetGroups, ProcessTerms, PreconditionTerms, ProcessActors, OutputNouns, OutputPhrases, OutputVerbs, ParticipationVerbs,
        CountWords, OutcomeTerms, AbstractTerms, VagueVerbs, EmptyPhrases, ChangeMarkers, ClauseVerbs, MeansMarkers, SubordinateMeansMarkers, LeadingMeansMarkers,
        PurposeMarkers, ResultJoiners, GroupDeterminers, RangeMarkers, DurationPrepositions, DurationUnits, YearPrepositions,
        BaselineYearMarkers, TimePhrases, AgeMarkers, QuantityPhrases, BaselineTargetPhrases, IndicatorInputTerms,
        IndicatorProcessTerms, IndicatorOutputTerms, IndicatorOutcomeTerms, StoryTerms, CountTerms, UnitTerms, FrequencyTerms,
        BaselineTerms, TargetTerms, NeedToKnowTerms, NiceToKnowTerms, OwnerMarkers, ExistingSources, NewRegistrationTerms,
        SourceTerms, Organisations, DeliveryVerbs, ProcessFrames, ReceivingWords, VagueOutcomePhrases, PartnerActors, ChangePredicates,
        PersonNounEndings, NotPersonNouns, ServiceWords, RatingTerms, ResourceTerms, VisualReportTerms, IdealPlaceNouns,
        OrdinaryPlaces, EverydayObjects,
    }.ToFrozenSet(StringComparer.Ordinal);
}
