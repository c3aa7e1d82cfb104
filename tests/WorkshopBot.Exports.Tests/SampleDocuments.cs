using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain.Items;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Tests;

// A realistic werkgroep from the Neder-Betuwe pilot, and a hostile twin that carries injection text
// in every field a user can type. Ids are made the way the product makes them (res-3bb58fcbc8ce8fa5);
// the readable numbers (R1, I1) are what WerkgroepExportMapper gives them, in stored order.
internal static class SampleDocuments
{
    // The stored id of the item that reads as `number` ("R1" → "res-…", "I3" → "ind-…").
    public static string IdOf(string number) => ItemIds.For(
        number[0] switch
        {
            'R' => FormalItemKind.Result,
            'A' => FormalItemKind.Activity,
            'K' => FormalItemKind.QualityAgreement,
            _ => FormalItemKind.Indicator,
        },
        ItemIds.OperationKey("sample-werkgroep", number));

    // 23:30 UTC on 22 November is already 23 November in Amsterdam.
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

    public static readonly string[] HostileTexts =
    [
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://x\")",
        "+31 6 12345678",
        "-5%",
        "@SUM(A1)",
        "# kop",
        "[link](http://x)",
        "bad\u0001char",
        "\tTab vooraan",
        "\r\nCR vooraan",
    ];

    public static ExportDocument NederBetuwe() => new(
        Title: "Factsheet werkgroep Eenzaamheid onder ouderen",
        Kind: ExportDocumentKind.Werkgroep,
        Gemeente: "Neder-Betuwe",
        Theme: "eenzaamheid",
        TrajectName: "Kwaliteitskompas Sociaal Domein",
        WerkgroepNames: ["Eenzaamheid onder ouderen"],
        GeneratedAt: GeneratedAt,
        Participants:
        [
            new("Anke de Vries", "Gemeente Neder-Betuwe"),
            new("Jeroen Bakker", "Welzijn Neder-Betuwe"),
            new("Fatima El Amrani", "Welzijn Neder-Betuwe"),
            new("Gerrit van Ooijen", "Adviesraad Sociaal Domein"),
            new("Marieke Jansen", "Cliëntondersteuning Betuwe"),
            new("Kees Verbeek", "Gemeente Neder-Betuwe"),
        ],
        Ambitions:
        [
            new("Inwoners doen mee en voelen zich verbonden", ["Minder ouderen voelen zich eenzaam", "Ouderen weten waar ze terechtkunnen"]),
            new("Ouderen wonen langer prettig thuis", []),
        ],
        Results:
        [
            Result("R1", ResultLevel.Samenleving,
                "Over 3 jaar voelt 10% minder 75-plussers in Neder-Betuwe zich ernstig eenzaam",
                "75-plussers", "minder ernstige eenzaamheid", "12% (GGD-monitor 2024)", "10,8%", "eind 2029",
                ItemStatus.Vastgesteld, []),
            Result("R2", ResultLevel.Voorziening,
                "Eind 2027 kent 80% van de deelnemers aan de koffieochtenden minstens één nieuwe buur bij naam",
                "deelnemers koffieochtenden", "nieuwe contacten in de buurt", "onbekend", "80%", "eind 2027",
                ItemStatus.Concept, ["Nulmeting ontbreekt nog", "Bron voor 'nieuwe buur' afspreken"]),
            Result("R3", ResultLevel.Voorziening,
                "Over 2 jaar vinden mantelzorgers van ouderen sneller de weg naar respijtzorg",
                "mantelzorgers van ouderen", "snellere toegang tot respijtzorg", "6 weken", "3 weken", "eind 2028",
                ItemStatus.Concept, []),
        ],
        Indicators:
        [
            Indicator("I1", "Percentage 75-plussers dat zich ernstig eenzaam voelt", IndicatorKind.Tellen, IndicatorType.Outcome, "GGD Gezondheidsmonitor Ouderen", ExistingRegistration.Yes, "GGD Gelderland-Zuid", "R1") with { Direction = IndicatorDirection.Down, Baseline = "12%", Target = "10,8%" },
            Indicator("I2", "Verhalen van ouderen over contact in de buurt", IndicatorKind.Vertellen, IndicatorType.Outcome, "Verhalenoogst door vrijwilligers", ExistingRegistration.No, "Welzijn Neder-Betuwe", "R1"),
            Indicator("I3", "Aantal bezoekers koffieochtenden", IndicatorKind.Tellen, IndicatorType.Output, "Presentielijsten", ExistingRegistration.Yes, "Welzijn Neder-Betuwe", "R2") with { Priority = InformationNeed.NiceToKnow },
            Indicator("I4", "Deelnemers die een nieuwe buur bij naam kennen", IndicatorKind.Tellen, IndicatorType.Outcome, "Korte vragenlijst na 3 maanden", ExistingRegistration.No, "Welzijn Neder-Betuwe", "R2"),
            Indicator("I5", "Ervaringen van deelnemers met de koffieochtenden", IndicatorKind.Vertellen, IndicatorType.Outcome, "Groepsgesprek twee keer per jaar", ExistingRegistration.Unknown, "Welzijn Neder-Betuwe", "R2"),
            Indicator("I6", "Wachttijd tot respijtzorg in weken", IndicatorKind.Tellen, IndicatorType.Outcome, "Registratie Wmo-loket", ExistingRegistration.Yes, "Gemeente Neder-Betuwe", "R3") with { Direction = IndicatorDirection.Down, Baseline = "6 weken", Target = "3 weken" },
            Indicator("I7", "Verhalen van mantelzorgers over de weg naar respijtzorg", IndicatorKind.Vertellen, IndicatorType.Outcome, "Interviews cliëntondersteuners", ExistingRegistration.No, "Cliëntondersteuning Betuwe", "R3"),
            Indicator("I8", "Aantal getrainde vrijwilligers signalering eenzaamheid", IndicatorKind.Tellen, IndicatorType.Input, "Trainingsregistratie", ExistingRegistration.Yes, "Welzijn Neder-Betuwe", null) with { Priority = InformationNeed.NiceToKnow },
        ],
        Activities:
        [
            new("Wekelijkse koffieochtenden in de dorpshuizen", ["Welzijn Neder-Betuwe", "Kerken Opheusden"], Formality.Informal, [IdOf("R1"), IdOf("R2")]) { Number = "A1" },
            new("Huisbezoeken aan 75-plussers", ["Welzijn Neder-Betuwe"], Formality.Formal, [IdOf("R1")]) { Number = "A2" },
            new("Cliëntondersteuning voor mantelzorgers", ["Cliëntondersteuning Betuwe"], Formality.Formal, [IdOf("R3")]) { Number = "A3" },
        ],
        QualityAgreements:
        [
            new(ConditionKind.Training, "Vrijwilligers volgen de training 'Signaleren van eenzaamheid'", "Welzijn Neder-Betuwe") { Number = "K1" },
            new(ConditionKind.Methode, "Huisbezoeken volgen de methode Welzijn op Recept", "Welzijn Neder-Betuwe") { Number = "K2" },
            new(ConditionKind.Organisatie, "Elk kwartaal een casusoverleg tussen welzijn en Wmo-loket", "Gemeente Neder-Betuwe") { Number = "K3" },
        ],
        OpenQuestions: ["Wie betaalt de verhalenoogst na 2027?"]);

    // Every user-typed field carries one of the hostile texts; names stay unique so each can be found.
    public static ExportDocument Hostile()
    {
        var sample = NederBetuwe();
        string H(int i) => HostileTexts[i % HostileTexts.Length];
        return sample with
        {
            Title = H(0),
            Gemeente = H(7),
            WerkgroepNames = [H(6)],
            Participants = [new(H(4), H(1)), new(H(5), H(2))],
            Ambitions = [new(H(5), [H(6), H(0)])],
            Results = [sample.Results[0] with { Statement = H(0), TargetGroup = H(1), Change = H(3), Baseline = H(3), Target = H(2), OpenCoachingPoints = [H(5)] }],
            Indicators = HostileTexts.Select((text, i) => Indicator($"H{i + 1}", text, IndicatorKind.Tellen, IndicatorType.Output, text, ExistingRegistration.Yes, text, "R1") with
            {
                Definition = text,
                Numerator = text,
                DenominatorOrUnit = text,
                Frequency = text,
                Baseline = text,
                Target = text,
            }).ToArray(),
            Activities = [new(H(1), [H(4)], Formality.Formal, [IdOf("R1")]) { Number = H(2) }],
            QualityAgreements = [new(null, H(6), H(2)) { Number = H(3) }],
            OpenQuestions = [H(7), H(8)],
        };
    }

    private static ExportResult Result(string number, ResultLevel level, string statement, string targetGroup, string change, string baseline, string target, string horizon, ItemStatus status, IReadOnlyList<string> coachingPoints) =>
        new(IdOf(number), level, statement, targetGroup, change, baseline, target, horizon, status, coachingPoints) { Number = number };

    private static ExportIndicator Indicator(
        string number,
        string name,
        IndicatorKind measure,
        IndicatorType type,
        string source,
        ExistingRegistration existing,
        string owner,
        string? resultNumber) => new(
            Id: IdOf(number),
            Name: name,
            Definition: $"Definitie van {name.ToLowerInvariant()}",
            Numerator: measure == IndicatorKind.Tellen ? "aantal personen met de uitkomst" : "opgehaalde verhalen",
            DenominatorOrUnit: measure == IndicatorKind.Tellen ? "alle personen in de doelgroep" : "verhalen per halfjaar",
            Measure: measure,
            Type: type,
            DataSource: source,
            ExistingRegistration: existing,
            OwnerOrganisation: owner,
            Frequency: "jaarlijks",
            Baseline: "onbekend",
            Target: "stijging",
            Direction: IndicatorDirection.Up,
            Priority: InformationNeed.NeedToKnow,
            ResultId: resultNumber is null ? null : IdOf(resultNumber))
        {
            Number = number,
        };
}
