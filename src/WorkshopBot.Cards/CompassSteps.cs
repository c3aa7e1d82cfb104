using WorkshopBot.Domain.Localization;
namespace WorkshopBot.Cards;

// The six steps of Movisie's Kwaliteitskompas as the step card shows them: name, the question the
// group answers, what a good answer looks like, and an example from practice (Neder-Betuwe).
public static class CompassSteps
{
    public const int First = 1;
    public const int Last = 6;

    private static readonly IReadOnlyList<CompassStep> Dutch =
    [
        new(1, "Monitoring & ambities",
            "Hoe gaat het met onze inwoners (meedoen, eenzaamheid, armoede…)? Wat willen we politiek en beleidsmatig bereiken?",
            "Een goed antwoord noemt een cijfer of signaal uit een monitor of uit de praktijk, met de bron, en de ambitie die de gemeente daaraan verbindt.",
            "38% van de 75-plussers in Kesteren voelt zich eenzaam (gezondheidsmonitor GGD 2024). De raad wil dat ouderen langer zelfstandig thuis wonen en mee kunnen doen in hun dorp."),
        new(2, "Maatschappelijk resultaat",
            "Wat willen we over drie jaar bereikt hebben voor en met inwoners, op het niveau van de gemeenschap? Welke indicatoren en instrumenten laten dat zien?",
            "Een goed resultaat noemt de doelgroep, wat er voor hén verandert, hoeveel en wanneer. Het gaat niet over hoe organisaties samenwerken of hoeveel bijeenkomsten er zijn.",
            "Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam (nu 38%, gezondheidsmonitor GGD)."),
        new(3, "Activiteiten",
            "Welke activiteiten dragen bij aan die resultaten? Hoe hangen ze samen? Wie doet wat?",
            "Een goede activiteit is concreet, heeft een eigenaar en je kunt uitleggen aan welk resultaat ze bijdraagt.",
            "De welzijnsorganisatie opent elke dinsdag een huiskamer in Opheusden; de wijkverpleging en de huisartsen verwijzen eenzame ouderen ernaar door."),
        new(4, "Input / kwaliteit",
            "Hoe borgen de diensten de kwaliteit: scholing, kennis over wat werkt, effectieve methoden, organisatorische randvoorwaarden?",
            "Een goede kwaliteitsafspraak zegt wie wat doet om de kwaliteit te borgen, vóór wanneer, en hoe je dat terugziet.",
            "Alle vrijwilligers van de huiskamers volgen vóór 1 juli de training 'Eenzaamheid herkennen en bespreekbaar maken'; de coördinator houdt de deelname bij."),
        new(5, "Outcome",
            "Halen onze diensten resultaat? Welke indicatoren en instrumenten maken dat zichtbaar — door te tellen en door te vertellen?",
            "Combineer tellen (cijfers) met vertellen (ervaringen van inwoners). Kies liefst wat partners al registreren en maak onderscheid tussen need-to-know en nice-to-know.",
            "Tellen: het percentage deelnemers aan de huiskamer dat zich na zes maanden minder eenzaam voelt (De Jong Gierveld-schaal bij intake en na zes maanden). Vertellen: twee keer per jaar drie verhalen van deelnemers in het werkgroepoverleg."),
        new(6, "Verbetercyclus",
            "Gaat het beter met inwoners? Wat gaat goed, wat kan beter, en hoe?",
            "Een goed antwoord legt de metingen naast het resultaat, noemt wat goed gaat en één concrete verbetering met een eigenaar.",
            "De huiskamer bereikt vooral vrouwen; mannen haken na een paar weken af. Vanaf september start de welzijnsorganisatie samen met de biljartvereniging een ochtend voor mannen."),
    ];

    private static readonly IReadOnlyList<CompassStep> English =
    [
        new(1, "Monitoring & ambitions",
            "How are our residents doing (participation, loneliness, poverty…)? What do we want to achieve, politically and as policy?",
            "A good answer gives a figure or signal from a monitor or from practice, with its source, and the ambition the municipality links to it.",
            "38% of people aged 75+ in Kesteren feel lonely (GGD health monitor 2024). The council wants older people to live independently at home for longer and take part in village life."),
        new(2, "Societal result (maatschappelijk resultaat)",
            "What do we want to have achieved for and with residents in three years, at the level of the community? Which indicators and instruments show it?",
            "A good result names the target group, what changes for them, by how much and by when. It is not about how organisations work together or how many meetings take place.",
            "In three years, 20% fewer people aged 75+ in Kesteren feel lonely (now 38%, GGD health monitor)."),
        new(3, "Activities",
            "Which activities contribute to those results? How do they fit together? Who does what?",
            "A good activity is concrete, has an owner, and you can explain which result it contributes to.",
            "The welfare organisation opens a drop-in living room in Opheusden every Tuesday; district nurses and GPs refer lonely older people to it."),
        new(4, "Input / quality",
            "How do services safeguard quality: training, knowledge of what works, effective methods, organisational conditions?",
            "A good quality agreement says who does what to safeguard quality, by when, and how you can see it.",
            "All volunteers of the living rooms take the training 'Recognising and discussing loneliness' before 1 July; the coordinator keeps track of attendance."),
        new(5, "Outcome",
            "Do our services get results? Which indicators and instruments make that visible — by counting (tellen) and by telling stories (vertellen)?",
            "Combine counting (numbers) with telling (residents' experiences). Prefer what partners already register and separate need-to-know from nice-to-know.",
            "Counting: the share of living-room participants who feel less lonely after six months (De Jong Gierveld scale at intake and after six months). Telling: three participant stories in the working group meeting twice a year."),
        new(6, "Improvement cycle",
            "Are residents better off? What goes well, what can improve, and how?",
            "A good answer puts the measurements next to the result, names what goes well and one concrete improvement with an owner.",
            "The living room mainly reaches women; men drop out after a few weeks. From September the welfare organisation and the billiards club start a morning for men."),
    ];

    public static IReadOnlyList<CompassStep> All(Language language) =>
        language == Language.English ? English : Dutch;

    public static bool IsValid(int step) => step is >= First and <= Last;

    public static CompassStep Get(int step, Language language)
    {
        if (!IsValid(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "A compass step is 1 to 6.");
        }

        return All(language)[step - 1];
    }
}
