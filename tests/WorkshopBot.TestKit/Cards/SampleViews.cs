using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.TestKit.Cards;

// Realistic, deterministic views (a loneliness traject in Neder-Betuwe) for card tests, the
// integrator's handler tests and the benchmarks.
public static class SampleViews
{
    public const string WerkgroepId = "wg-kesteren-eenzaamheid";
    public const string TrajectId = "tr-neder-betuwe-2026";
    public const string ModeratorId = "29:1moderator-anouk";
    public const string ParticipantId = "29:1participant-jeroen";
    public const string BoardUrl = "https://workshopbot.example.nl/board/wg-kesteren-eenzaamheid";
    public const string SummaryUrl = "https://workshopbot.example.nl/summary/sum-kesteren/3";

    // A sticky note that tries every markdown trick: heading, link, mention, emphasis.
    public const string HostileText = "# Kop [klik](http://evil) <at>Iedereen</at> **vet**";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 13, 30, 0, TimeSpan.Zero);

    private static readonly string[] Organisations =
    [
        "Gemeente Neder-Betuwe", "Welzijnsorganisatie Neder-Betuwe", "MEE Gelderse Poort", "Wijkverpleging Kesteren",
        "Adviesraad Sociaal Domein", "Huisartsenpraktijk Opheusden", "Sociaal Team", "Vrijwilligerscentrale",
    ];

    private static readonly string[] People =
    [
        "Anouk de Vries", "Jeroen Bakker", "Fatima El Amrani", "Henk Jansen", "Sanne Visser", "Peter van Dijk",
        "Ingrid Smit", "Mohamed Yilmaz", "Els de Boer", "Kees Mulder", "Lotte Hendriks", "Bram Peters",
    ];

    private static readonly string[] NoteTexts =
    [
        "Huiskamer in Opheusden elke dinsdag, ook voor mensen zonder netwerk",
        "Huisarts verwijst eenzame ouderen door naar de welzijnscoach",
        "Vrijwilligers bellen wekelijks ouderen die alleen wonen",
        "Maaltijd samen in het dorpshuis, één keer per maand",
        "Mantelzorgers ontlasten met respijtzorg zodat ze zelf sociale contacten houden",
        "Buurtbus naar activiteiten voor ouderen die niet meer autorijden",
        "Signalen van eenzaamheid bespreken in het sociaal team",
        "Cursus digitale vaardigheden: beeldbellen met (klein)kinderen",
        "Wandelgroep vanaf de kerk op zaterdag",
        "Jongeren koppelen aan ouderen via de maatschappelijke diensttijd",
        "Thuisadministratie helpen zodat geldzorgen niet tot terugtrekken leiden",
        "Huisbezoek bij iedereen van 75 jaar en ouder door de ouderenadviseur",
    ];

    private static readonly string[] Clusters = ["Ontmoeten", "Signaleren en doorverwijzen", "Mantelzorg", "Vervoer"];

    public static CardViewer Moderator => new(ModeratorId, IsModerator: true);

    public static CardViewer Participant => new(ParticipantId, IsModerator: false);

    public static string UserId(int index) => index switch
    {
        0 => ModeratorId,
        1 => ParticipantId,
        _ => $"29:1member-{index:D3}",
    };

    public static CardAudience Audience(int members) =>
        new(members, Enumerable.Range(0, members).Select(UserId).ToList());

    public static IReadOnlyList<NoteView> Notes(int count, int authors = 12, bool clustered = true) =>
        Enumerable.Range(0, count).Select(i => new NoteView
        {
            NoteId = $"note-{i:D4}",
            Version = 1 + (i % 3),
            Text = NoteTexts[i % NoteTexts.Length] + (i >= NoteTexts.Length ? $" ({i / NoteTexts.Length + 1})" : string.Empty),
            AuthorUserId = UserId(i % authors),
            AuthorName = People[i % People.Length],
            AuthorOrganisation = Organisations[i % Organisations.Length],
            ClusterLabel = clustered && i % 5 != 4 ? Clusters[i % Clusters.Length] : null,
            Votes = (i * 7) % 11,
            ViewerVotes = i % 9 == 1 ? 1 : 0,
            Promoted = i % 23 == 22,
            CreatedAt = Now.AddMinutes(i),
        }).ToList();

    // Formal items of step 3: activities first, then an indicator; every third one vastgesteld.
    public static IReadOnlyList<StepItemView> StepItems(int count) =>
        Enumerable.Range(0, count).Select(i => new StepItemView(
            $"item-{i:D3}",
            i % 4 == 3 ? FormalItemKind.Indicator : FormalItemKind.Activity,
            1 + i % 2,
            NoteTexts[i % NoteTexts.Length],
            i % 3 == 2 ? ItemStatus.Vastgesteld : ItemStatus.Concept)).ToList();

    public static StepCardView StepCard(
        int noteCount = 24,
        CardViewer? viewer = null,
        bool silent = false,
        int members = 12,
        bool voting = false,
        StepStatus state = StepStatus.Open,
        int step = 3,
        bool timer = false) => new()
    {
        WerkgroepId = WerkgroepId,
        WerkgroepName = "Eenzaamheid Kesteren",
        TrajectName = "Samen tegen eenzaamheid 2026–2029",
        Step = step,
        State = state,
        SilentBrainstorm = silent,
        TimerEndsAt = timer ? Now.AddMinutes(10) : null,
        Voting = voting ? new VotingRoundView("round-2", DotsPerPerson: 5, DotsLeftForViewer: 3) : null,
        Notes = Notes(noteCount),
        BoardVersion = 42,
        BoardUrl = BoardUrl,
        Viewer = viewer,
        Audience = Audience(members),
    };

    public static CoachFeedbackView CoachOnVagueResult => new(
        [
            new("result.targetGroup", CoachVerdictStatus.Passed, "Het resultaat noemt een doelgroep: ouderen.", ["ouderen"], null),
            new("result.content", CoachVerdictStatus.Failed,
                "Dit beschrijft hoe organisaties samenwerken, niet wat er voor inwoners verandert.", ["regie versterken", "betere samenwerking"],
                "Schrijf op wat ouderen merken, bijvoorbeeld dat ze zich minder eenzaam voelen."),
            new("result.measurable", CoachVerdictStatus.Failed, "Er staat geen getal of percentage in.", [],
                "Noem een nulmeting en een streefwaarde, bijvoorbeeld van 38% naar 30%."),
            new("result.timeBound", CoachVerdictStatus.Failed, "Er staat niet in wanneer het bereikt moet zijn.", [], "Voeg een termijn toe, zoals 'over drie jaar'."),
            new("result.single", CoachVerdictStatus.NotApplicable, "Eén resultaat.", [], null),
        ],
        "Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam (nu 38%, gezondheidsmonitor GGD).");

    public static ResultView Result(CardViewer? viewer = null, ItemStatus status = ItemStatus.Concept, bool complete = false) => new()
    {
        ItemId = "res-001",
        Version = 7,
        WerkgroepId = WerkgroepId,
        Step = 2,
        Text = complete
            ? "Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam (nu 38%, gezondheidsmonitor GGD)."
            : "De regie versterken en betere samenwerking rond eenzame ouderen",
        TargetGroup = "75-plussers in Kesteren",
        Baseline = complete ? "38% (gezondheidsmonitor GGD 2024)" : null,
        Target = complete ? "30%" : null,
        Deadline = complete ? "eind 2029" : null,
        Status = status,
        ProposedBy = new PersonView("Sanne Visser", "Welzijnsorganisatie Neder-Betuwe"),
        Indicators =
        [
            new("ind-001", "Percentage 75-plussers dat zich eenzaam voelt", IndicatorType.Outcome, IndicatorKind.Tellen, ItemStatus.Concept),
            new("ind-002", "Verhalen van deelnemers aan de huiskamer", IndicatorType.Outcome, IndicatorKind.Vertellen, ItemStatus.Concept),
        ],
        Coach = complete ? null : CoachOnVagueResult,
        BoardUrl = BoardUrl,
        Viewer = viewer,
        Audience = Audience(12),
    };

    public static IndicatorView Indicator(CardViewer? viewer = null, bool complete = false, ItemStatus status = ItemStatus.Concept) => new()
    {
        ItemId = "ind-001",
        Version = 3,
        WerkgroepId = WerkgroepId,
        Step = 5,
        Name = "Percentage 75-plussers dat zich eenzaam voelt",
        ResultId = "res-001",
        ResultText = "Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam.",
        Definition = "Aandeel inwoners van 75 jaar en ouder in Kesteren dat zich (matig of ernstig) eenzaam voelt volgens de De Jong Gierveld-schaal.",
        Numerator = "Aantal respondenten van 75+ met score ≥ 3 op de eenzaamheidsschaal",
        Denominator = complete ? "Aantal respondenten van 75+ in Kesteren" : null,
        Measure = IndicatorKind.Tellen,
        Level = IndicatorType.Outcome,
        DataSource = "Gezondheidsmonitor volwassenen en ouderen, GGD Gelderland-Zuid",
        ExistingRegistration = true,
        Owner = complete ? "Gemeente Neder-Betuwe" : null,
        Frequency = complete ? "Elke vier jaar" : null,
        Baseline = "38% (2024)",
        Target = complete ? "30% (2028)" : null,
        Direction = IndicatorDirection.Down,
        Priority = complete ? InformationNeed.NeedToKnow : null,
        Status = status,
        ProposedBy = new PersonView("Peter van Dijk", "Gemeente Neder-Betuwe"),
        Coach = complete
            ? null
            : new CoachFeedbackView(
                [
                    new("indicator.sheet", CoachVerdictStatus.Failed, "De definitiekaart is nog niet compleet: noemer, eigenaar, frequentie en streefwaarde ontbreken.", [], null),
                    new("indicator.existing", CoachVerdictStatus.Passed, "Gebruikt een bestaande monitor: geen extra registratielast.", ["Gezondheidsmonitor"], null),
                    new("indicator.level", CoachVerdictStatus.Passed, "Het is een outcome-indicator.", [], null),
                ],
                null),
        BoardUrl = BoardUrl,
        Viewer = viewer,
        Audience = Audience(12),
    };

    public static ActivityView Activity(CardViewer? viewer = null) => new()
    {
        ItemId = "act-001",
        Version = 2,
        WerkgroepId = WerkgroepId,
        Step = 3,
        Name = "Huiskamer in Opheusden",
        Description = "Elke dinsdagochtend een open huiskamer in het dorpshuis; wijkverpleging en huisartsen verwijzen door.",
        Owner = "Welzijnsorganisatie Neder-Betuwe",
        ResultText = "Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam.",
        ProposedBy = new PersonView("Fatima El Amrani", "MEE Gelderse Poort"),
        BoardUrl = BoardUrl,
        Viewer = viewer,
        Audience = Audience(12),
    };

    public static QualityAgreementView QualityAgreement(CardViewer? viewer = null) => new()
    {
        ItemId = "qa-001",
        Version = 1,
        WerkgroepId = WerkgroepId,
        Step = 4,
        Text = "Alle vrijwilligers van de huiskamers volgen vóór 1 juli de training 'Eenzaamheid herkennen en bespreekbaar maken'.",
        Owner = "Vrijwilligerscentrale",
        Viewer = viewer,
        Audience = Audience(12),
    };

    public static ProposeFormView ProposeForm(FormalItemKind kind, bool fromNote = false) => new()
    {
        Kind = kind,
        WerkgroepId = WerkgroepId,
        Step = kind switch { FormalItemKind.Result => 2, FormalItemKind.Indicator => 5, FormalItemKind.Activity => 3, _ => 4 },
        SourceNoteId = fromNote ? "note-0001" : null,
        SourceNoteVersion = fromNote ? 2 : null,
        PrefillText = fromNote ? NoteTexts[1] : null,
        Results = [new("res-001", "Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam.")],
    };

    public static StartWerkgroepView StartWerkgroep(bool empty = false) => new(
        empty ? [] : [new(TrajectId, "Samen tegen eenzaamheid 2026–2029", "Neder-Betuwe"), new("tr-armoede", "Armoede en schulden", "Neder-Betuwe")]);

    public static MeetingRecapView MeetingRecap() => new()
    {
        WerkgroepId = WerkgroepId,
        WerkgroepName = "Eenzaamheid Kesteren",
        MeetingDate = Now,
        NotesAdded = 37,
        VotesCast = 60,
        ParticipantCount = 11,
        StepsWorkedOn = [3, 4],
        ItemsPromoted =
        [
            new(FormalItemKind.Activity, "Huiskamer in Opheusden"),
            new(FormalItemKind.QualityAgreement, "Training eenzaamheid herkennen voor vrijwilligers"),
        ],
        BoardUrl = BoardUrl,
    };

    public static TimerEndedView TimerEnded() => new(WerkgroepId, "Eenzaamheid Kesteren", 3, BoardUrl);

    public static SummaryView Summary(
        int results = 3,
        int indicatorsPerResult = 3,
        int responses = 4,
        CardViewer? viewer = null,
        bool closed = false,
        bool superseded = false,
        int members = 40) => new()
    {
        SummaryId = "sum-kesteren",
        Version = 3,
        PublishedAt = Now,
        WerkgroepName = "Eenzaamheid Kesteren",
        TrajectName = "Samen tegen eenzaamheid 2026–2029",
        SupersededByVersion = superseded ? 4 : null,
        SupersededByUrl = superseded ? SummaryUrl.Replace("/3", "/4", StringComparison.Ordinal) : null,
        Results = Enumerable.Range(1, results).Select(r => new SummaryResultView(
            $"Over drie jaar voelt {r * 5}% minder 75-plussers in dorp {r} zich eenzaam (nu 38%, gezondheidsmonitor GGD).",
            r % 2 == 0 ? ItemStatus.Vastgesteld : ItemStatus.Concept,
            Enumerable.Range(1, indicatorsPerResult).Select(i => new SummaryIndicatorView(
                $"Indicator {r}.{i}: percentage deelnemers dat zich na zes maanden minder eenzaam voelt",
                i % 2 == 0 ? IndicatorType.Output : IndicatorType.Outcome,
                i % 3 == 0 ? IndicatorKind.Vertellen : IndicatorKind.Tellen,
                "38%", "30%", "Gezondheidsmonitor GGD", "Gemeente Neder-Betuwe",
                i % 2 == 0 ? InformationNeed.NiceToKnow : InformationNeed.NeedToKnow)).ToList())).ToList(),
        Activities = [new("Huiskamer in Opheusden", "Welzijnsorganisatie Neder-Betuwe"), new("Belcirkel voor alleenwonende ouderen", "Vrijwilligerscentrale")],
        QualityAgreements = ["Vrijwilligers volgen vóór 1 juli de training 'Eenzaamheid herkennen'."],
        OpenQuestions = ["Wie betaalt de buurtbus na 2027?"],
        OpenCoachingPoints = ["Resultaat 3 heeft nog geen vertellen-indicator."],
        Participants = People.Take(8).Select((p, i) => new PersonView(p, Organisations[i % Organisations.Length])).ToList(),
        BoardUrl = BoardUrl,
        FullSummaryUrl = SummaryUrl,
        Review = new ReviewView
        {
            Deadline = Now.AddDays(14),
            IsClosed = closed,
            Responses = Enumerable.Range(0, responses).Select(i => new ReviewResponseView(
                $"resp-{i:D3}",
                UserId(i),
                new PersonView(People[i % People.Length], Organisations[i % Organisations.Length]),
                (i % 4) switch { 1 => ReviewAnswer.Vraag, 3 => ReviewAnswer.Bezwaar, _ => ReviewAnswer.Akkoord },
                i % 4 is 1 or 3 ? "Hoe meten we dit in de kleine kernen, waar de monitor te weinig respondenten heeft?" : null,
                Now.AddHours(i))).ToList(),
            PendingOrganisations = ["Huisartsenpraktijk Opheusden", "Vrijwilligerscentrale"],
        },
        Viewer = viewer,
        Audience = Audience(members),
    };

    public static ReviewNotificationView ReviewNotification(ReviewAnswer answer = ReviewAnswer.Bezwaar) => new(
        "sum-kesteren", 3, "resp-003", "Eenzaamheid Kesteren", new PersonView("Henk Jansen", "Adviesraad Sociaal Domein"), answer,
        "Het resultaat gaat alleen over 75-plussers; ook jongere mantelzorgers zijn eenzaam.", Now, SummaryUrl);

    public static ReminderView Reminder() => new("sum-kesteren", 3, "Eenzaamheid Kesteren", "Samen tegen eenzaamheid 2026–2029", Now.AddDays(2), SummaryUrl);
}
