using BenchmarkDotNet.Attributes;
using WorkshopBot.Coaching;

namespace WorkshopBot.Benchmarks;

/// <summary>
/// The coach runs on every proposed or edited result and indicator, inside a bot turn; the target is well under
/// 1 ms per statement. <see cref="AssessResult_MixedSet"/> reports the mean per statement over a realistic mix.
/// </summary>
[MemoryDiagnoser]
public class CoachBenchmarks
{
    private static readonly ResultDraft[] Mix =
    [
        new("Regie versterken."),
        new("Over drie jaar voelen minder 75-plussers in Kesteren zich eenzaam: van 42% naar 35%."),
        new("Het aantal jongeren zonder startkwalificatie daalt binnen vier jaar met dertig procent."),
        new("In 2026 organiseren we 120 koffieochtenden in alle kernen."),
        new("Partners werken beter samen zodat inwoners sneller de juiste hulp krijgen."),
        new("Ouderen voelen zich minder eenzaam en mantelzorgers zijn minder overbelast."),
        new("Jongeren en hun ouders weten over drie jaar beter de weg naar hulp bij opvoedvragen."),
        new("Door de inzet van buurtcoaches bewegen kinderen in Opheusden over twee jaar vaker: 70% haalt de beweegnorm."),
        new("Over drie jaar is 60% van de 75-plussers die de koffieochtenden bezoeken minder eenzaam dan bij de start."),
        new("In 2027 is de ervaren kwaliteit van leven van mensen met dementie en hun mantelzorgers gestegen van 6,5 naar 7."),
    ];

    private static readonly ResultDraft Long = new(
        "Door betere samenwerking tussen huisarts, wijkverpleging en het sociaal team, en dankzij de koffieochtenden in Kesteren, " +
        "Dodewaard en Opheusden, voelt over drie jaar 60% van de thuiswonende 75-plussers met een kleine beurs zich minder eenzaam " +
        "dan in 2024, van 42% naar 35%, en weten zij en hun mantelzorgers eind 2027 beter de weg naar hulp.");

    private static readonly IndicatorDraft Indicator = new(
        "Percentage 75-plussers dat zich ernstig eenzaam voelt",
        Definition: "Aandeel 75-plussers in Neder-Betuwe dat in de Gezondheidsmonitor aangeeft zich ernstig of zeer ernstig eenzaam te voelen, elke vier jaar.",
        Owner: "GGD");

    private readonly Coach coach = Coach.Default;

    [GlobalSetup]
    public void Warm() => coach.AssessResult(Mix[0]);

    [Benchmark(OperationsPerInvoke = 10)]
    public int AssessResult_MixedSet()
    {
        var open = 0;
        foreach (var draft in Mix)
        {
            open += coach.AssessResult(draft).OpenPoints;
        }

        return open;
    }

    [Benchmark]
    public ResultAssessment AssessResult_LongSentence() => coach.AssessResult(Long);

    [Benchmark]
    public IndicatorAssessment AssessIndicator_WithDefinition() => coach.AssessIndicator(Indicator);

    [Benchmark]
    public Coach ConstructCoach_CompilesLexicon() => new(CoachLexicon.Default);
}
