using WorkshopBot.Domain.Items;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Tests.Monitoring;

// The Neder-Betuwe werkgroep a year into its improvement cycle: a tellen indicator measured each quarter
// (one measurement as a fraction, one corrected), a vertellen indicator with stories with and without
// consent to quote, a nice-to-know indicator, a reflection and two improvement actions. Ids as the product
// makes them (ind-…), numbers as MonitoringExportMapper gives them.
internal static class SampleMonitoring
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

    public const string QuotedStory = "Sinds de koffieochtend in het dorpshuis ken ik eindelijk mijn buren weer.";
    public const string UnquotedStory = "Mijn moeder durft nog steeds niet alleen naar de bijeenkomst te gaan.";

    public static MonitoringIndicator Eenzaamheid() => new(
        Id: SampleDocuments.IdOf("I1"),
        Name: "Percentage 75-plussers dat zich eenzaam voelt",
        Kind: IndicatorKind.Tellen,
        Unit: "%",
        Baseline: 42,
        Target: 30,
        Direction: IndicatorDirection.Down,
        Frequency: "per kwartaal",
        Need: InformationNeed.NeedToKnow,
        DataOwnerOrganisation: "GGD Gelderland-Zuid",
        Measurements:
        [
            // Deliberately out of order: every export sorts by period.
            Measurement("2026 Q3", new DateOnly(2026, 7, 1), 36.5, "Seniorenpanel", "Na de zomer", corrections: 1),
            Measurement("2026 Q1", new DateOnly(2026, 1, 1), 40, "Seniorenpanel", ""),
            new MonitoringMeasurement("2026 Q2", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), null, 190, 500, "Seniorenpanel", "Teller/noemer uit de enquête", 0),
        ],
        Stories: [])
    {
        Number = "I1",
    };

    public static MonitoringIndicator Verhalen() => new(
        Id: SampleDocuments.IdOf("I2"),
        Name: "Ervaringen van ouderen met de ontmoetingsplekken",
        Kind: IndicatorKind.Vertellen,
        Unit: "verhalen",
        Baseline: null,
        Target: null,
        Direction: null,
        Frequency: "per half jaar",
        Need: InformationNeed.NeedToKnow,
        DataOwnerOrganisation: "Welzijn Neder-Betuwe",
        Measurements: [],
        Stories:
        [
            new MonitoringStory("2026 Q1", new DateOnly(2026, 1, 1), StoryPerspective.Inwoner, "ontmoeting", QuotedStory, ConsentToQuote: true),
            new MonitoringStory("2026 Q2", new DateOnly(2026, 4, 1), StoryPerspective.Vrijwilliger, "vervoer", UnquotedStory, ConsentToQuote: false),
            new MonitoringStory("2026 Q2", new DateOnly(2026, 4, 1), StoryPerspective.Professional, "signalering", "De wijkverpleging verwijst vaker door.", ConsentToQuote: true),
        ])
    {
        Number = "I2",
    };

    public const string NiceToKnowName = "Aantal bezoekers van de bibliotheek-leesclub";

    public static MonitoringIndicator NiceToKnow() => new(
        SampleDocuments.IdOf("I3"), NiceToKnowName, IndicatorKind.Tellen, "bezoekers", 12, 20, IndicatorDirection.Up, "per jaar",
        InformationNeed.NiceToKnow, "Bibliotheek Rivierenland",
        [Measurement("2026", new DateOnly(2026, 1, 1), 15, "Bezoekersregistratie", "", months: 12)],
        [])
    {
        Number = "I3",
    };

    public static MonitoringDocument NederBetuwe() => new(
        Title: "Monitoring werkgroep Eenzaamheid onder ouderen",
        Gemeente: "Neder-Betuwe",
        TrajectName: "Sociaal domein 2026",
        WerkgroepName: "Eenzaamheid onder ouderen",
        GeneratedAt: GeneratedAt,
        Results:
        [
            new MonitoringResult(SampleDocuments.IdOf("R1"), "Minder ouderen voelen zich eenzaam", [Eenzaamheid(), Verhalen()]) { Number = "R1" },
            new MonitoringResult(SampleDocuments.IdOf("R2"), "Ouderen doen mee in het dorp", [NiceToKnow()]) { Number = "R2" },
        ],
        Reflections:
        [
            new MonitoringReflection(new DateOnly(2026, 10, 8), "Het percentage daalt, de verhalen gaan over ontmoeting.", "De koffieochtenden werken.", "Vervoer regelen voor wie niet zelf kan komen."),
        ],
        ImprovementActions:
        [
            new MonitoringImprovementAction("Vrijwillige chauffeurs werven", "Koffieochtend dorpshuis", "Welzijn Neder-Betuwe", new DateOnly(2026, 12, 1), ImprovementActionStatus.InProgress),
            new MonitoringImprovementAction("Folder bij de huisarts", "Signalering", "Huisartsenpraktijk Kesteren", null, ImprovementActionStatus.Open),
        ]);

    // What the projection gives with the need-to-know filter: the nice-to-know indicator left out, its result
    // kept (the report still names it), and the document marked.
    public static MonitoringDocument NederBetuweNeedToKnow()
    {
        var all = NederBetuwe();
        return all with
        {
            Results = [.. all.Results.Select(r => r with { Indicators = [.. r.Indicators.Where(i => i.Need == InformationNeed.NeedToKnow)] })],
            NeedToKnowOnly = true,
        };
    }

    // Injection text in every field a user can type.
    public static MonitoringDocument Hostile()
    {
        var texts = SampleDocuments.HostileTexts;
        string H(int i) => texts[i % texts.Length];
        var indicators = texts.Select((text, i) => new MonitoringIndicator(
            $"H{i}", text, i % 2 == 0 ? IndicatorKind.Tellen : IndicatorKind.Vertellen, H(i + 1), 1, 2, IndicatorDirection.Up, H(i + 2),
            InformationNeed.NeedToKnow, H(i + 3),
            [new MonitoringMeasurement(H(i + 4), new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), i, null, null, H(i + 5), H(i + 6), 0)],
            [new MonitoringStory(H(i + 7), new DateOnly(2026, 1, 1), StoryPerspective.Inwoner, H(i + 8), H(i + 9), true)])
        {
            Number = H(i + 4),
        }).ToArray();
        return new MonitoringDocument(H(0), H(1), H(2), H(3), GeneratedAt,
            [new MonitoringResult(H(4), H(5), indicators) { Number = H(4) }],
            [new MonitoringReflection(new DateOnly(2026, 10, 1), H(6), H(7), H(8))],
            [new MonitoringImprovementAction(H(9), H(0), H(1), new DateOnly(2026, 12, 1), ImprovementActionStatus.Done)]);
    }

    private static MonitoringMeasurement Measurement(string label, DateOnly start, double value, string source, string note, int corrections = 0, int months = 3) =>
        new(label, start, start.AddMonths(months).AddDays(-1), value, null, null, source, note, corrections);
}
