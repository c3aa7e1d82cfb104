using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Time;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// All fixed text of the exports. Dutch is the default; English keeps the compass terms
// (tellen/vertellen, need-to-know) that practitioners use in both languages.
internal sealed class ExportLabels
{
    public static readonly ExportLabels Dutch = new()
    {
        LanguageTag = "nl-NL",
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        Ambitions = "Ambities",
        Results = "Maatschappelijke resultaten",
        Indicators = "Indicatoren",
        Activities = "Activiteiten",
        QualityAgreements = "Kwaliteitsafspraken",
        Participants = "Wie deed mee",
        OpenQuestions = "Open vragen",
        OtherIndicators = "Indicatoren die nog niet aan een resultaat gekoppeld zijn",
        Gemeente = "Gemeente",
        Traject = "traject",
        Werkgroep = "werkgroep",
        Werkgroepen = "werkgroepen",
        Theme = "Thema",
        Level = "Niveau",
        Status = "Status",
        TargetGroup = "Doelgroep",
        Change = "Wat verandert er",
        BaselineToTarget = "Nulmeting → streefwaarde",
        Horizon = "Termijn",
        StillOpen = "Nog uit te werken",
        NoIndicatorsYet = "Voor dit resultaat zijn nog geen indicatoren gekozen.",
        Indicator = "Indicator",
        MeasureColumn = "Tellen/vertellen",
        Source = "Bron",
        ActivityWhat = "Activiteit",
        ActivityOrganisations = "Organisaties",
        ActivityNature = "Formeel/informeel",
        ActivityResults = "Draagt bij aan",
        AgreementKind = "Soort",
        AgreementDescription = "Afspraak",
        AgreementOwner = "Eigenaar",
        NotFilledIn = "nog niet ingevuld",
        MadeWith = "Gemaakt met WorkshopBot op",
        Column = "Kolom",
        Meaning = "Betekenis",
        FactsheetFilePrefix = "factsheet",
        RegisterFilePrefix = "indicatorregister",
        ExportFilePrefix = "export",
    };

    public static readonly ExportLabels English = new()
    {
        LanguageTag = "en-GB",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        Ambitions = "Ambitions",
        Results = "Community results",
        Indicators = "Indicators",
        Activities = "Activities",
        QualityAgreements = "Quality agreements",
        Participants = "Who took part",
        OpenQuestions = "Open questions",
        OtherIndicators = "Indicators not yet linked to a result",
        Gemeente = "Municipality",
        Traject = "programme",
        Werkgroep = "working group",
        Werkgroepen = "working groups",
        Theme = "Theme",
        Level = "Level",
        Status = "Status",
        TargetGroup = "Target group",
        Change = "What changes",
        BaselineToTarget = "Baseline → target",
        Horizon = "Horizon",
        StillOpen = "Still to work out",
        NoIndicatorsYet = "No indicators have been chosen for this result yet.",
        Indicator = "Indicator",
        MeasureColumn = "Tellen/vertellen",
        Source = "Source",
        ActivityWhat = "Activity",
        ActivityOrganisations = "Organisations",
        ActivityNature = "Formal/informal",
        ActivityResults = "Contributes to",
        AgreementKind = "Kind",
        AgreementDescription = "Agreement",
        AgreementOwner = "Owner",
        NotFilledIn = "not filled in yet",
        MadeWith = "Made with WorkshopBot on",
        Column = "Column",
        Meaning = "Meaning",
        FactsheetFilePrefix = "factsheet",
        RegisterFilePrefix = "indicator-register",
        ExportFilePrefix = "export",
    };

    public required string LanguageTag { get; init; }

    // Spelled out rather than taken from CultureInfo, so dates do not depend on the host's ICU data.
    public required IReadOnlyList<string> Months { get; init; }

    public required string Ambitions { get; init; }
    public required string Results { get; init; }
    public required string Indicators { get; init; }
    public required string Activities { get; init; }
    public required string QualityAgreements { get; init; }
    public required string Participants { get; init; }
    public required string OpenQuestions { get; init; }
    public required string OtherIndicators { get; init; }
    public required string Gemeente { get; init; }
    public required string Traject { get; init; }
    public required string Werkgroep { get; init; }
    public required string Werkgroepen { get; init; }
    public required string Theme { get; init; }
    public required string Level { get; init; }
    public required string Status { get; init; }
    public required string TargetGroup { get; init; }
    public required string Change { get; init; }
    public required string BaselineToTarget { get; init; }
    public required string Horizon { get; init; }
    public required string StillOpen { get; init; }
    public required string NoIndicatorsYet { get; init; }
    public required string Indicator { get; init; }
    public required string MeasureColumn { get; init; }
    public required string Source { get; init; }
    public required string ActivityWhat { get; init; }
    public required string ActivityOrganisations { get; init; }
    public required string ActivityNature { get; init; }
    public required string ActivityResults { get; init; }
    public required string AgreementKind { get; init; }
    public required string AgreementDescription { get; init; }
    public required string AgreementOwner { get; init; }
    public required string NotFilledIn { get; init; }
    public required string MadeWith { get; init; }
    public required string Column { get; init; }
    public required string Meaning { get; init; }
    public required string FactsheetFilePrefix { get; init; }
    public required string RegisterFilePrefix { get; init; }
    public required string ExportFilePrefix { get; init; }

    private bool IsEnglish => LanguageTag.StartsWith("en", StringComparison.Ordinal);

    public static ExportLabels For(Language language) => language == Language.English ? English : Dutch;

    public string KindName(ExportDocumentKind kind) => kind == ExportDocumentKind.Traject ? Traject : Werkgroep;

    public string Of(IndicatorKind value) => value == IndicatorKind.Tellen ? "tellen" : "vertellen";

    public string Of(IndicatorType value) => value switch
    {
        IndicatorType.Input => "input",
        IndicatorType.Proces => IsEnglish ? "process" : "proces",
        IndicatorType.Output => "output",
        _ => "outcome",
    };

    public string Of(ExistingRegistration value) => value switch
    {
        ExistingRegistration.Yes => IsEnglish ? "yes" : "ja",
        ExistingRegistration.No => IsEnglish ? "no (new registration)" : "nee (nieuwe registratie)",
        _ => IsEnglish ? "unknown" : "onbekend",
    };

    public string Of(IndicatorDirection? value) => value switch
    {
        IndicatorDirection.Up => IsEnglish ? "increase" : "stijgen",
        IndicatorDirection.Down => IsEnglish ? "decrease" : "dalen",
        IndicatorDirection.Stable => IsEnglish ? "stay level" : "gelijk blijven",
        _ => IsEnglish ? "not specified" : "niet opgegeven",
    };

    public string Of(InformationNeed value) => value == InformationNeed.NeedToKnow ? "need-to-know" : "nice-to-know";

    public string Of(ResultLevel value) => value switch
    {
        ResultLevel.Samenleving => IsEnglish ? "community (samenleving)" : "samenleving",
        _ => IsEnglish ? "service (voorziening)" : "voorziening",
    };

    public string Of(ItemStatus value) => value switch
    {
        ItemStatus.Vastgesteld => IsEnglish ? "adopted" : "vastgesteld",
        _ => IsEnglish ? "draft" : "concept",
    };

    public string Of(Formality value) => value switch
    {
        Formality.Formal => IsEnglish ? "formal" : "formeel",
        _ => IsEnglish ? "informal" : "informeel",
    };

    public string Of(ConditionKind? value) => value switch
    {
        ConditionKind.Training => IsEnglish ? "Training" : "Scholing",
        ConditionKind.Kennis => IsEnglish ? "Knowledge of what works" : "Kennis van wat werkt",
        ConditionKind.Methode => IsEnglish ? "Effective methods" : "Effectieve methoden",
        ConditionKind.Organisatie => IsEnglish ? "Organisational conditions" : "Organisatorische voorwaarden",
        _ => IsEnglish ? "Other" : "Overig",
    };

    public string Subtitle(ExportDocument document)
    {
        var parts = new List<string>();
        if (document.Gemeente.Length > 0)
        {
            parts.Add($"{Gemeente} {document.Gemeente}");
        }

        if (document.Kind == ExportDocumentKind.Werkgroep && document.WerkgroepNames.Count > 0)
        {
            parts.Add($"{(document.WerkgroepNames.Count == 1 ? Werkgroep : Werkgroepen)} {string.Join(", ", document.WerkgroepNames)}");
        }

        if (document.TrajectName.Length > 0)
        {
            parts.Add($"{Traject} {document.TrajectName}");
        }

        parts.Add(LongDate(document.GeneratedAt));
        return string.Join(" · ", parts);
    }

    public string Intro(ExportDocument document)
    {
        var who = document.Kind == ExportDocumentKind.Werkgroep && document.WerkgroepNames.Count > 0
            ? $"{(IsEnglish ? "the working group" : "werkgroep")} {string.Join(", ", document.WerkgroepNames)}"
            : $"{(IsEnglish ? "the programme" : "het traject")} {document.TrajectName}".TrimEnd();
        var theme = document.Theme.Length > 0
            ? (IsEnglish ? $" on {document.Theme}" : $" rond {document.Theme}")
            : string.Empty;
        return IsEnglish
            ? $"This factsheet shows what {who}{theme} agreed: which results we want to reach for residents, how we make them visible by counting and by telling stories (tellen en vertellen), which activities contribute to them and which quality agreements we made."
            : $"In deze factsheet staat wat {who}{theme} heeft afgesproken: welke resultaten we voor inwoners willen bereiken, hoe we die zichtbaar maken met cijfers én verhalen (tellen en vertellen), welke activiteiten daaraan bijdragen en welke kwaliteitsafspraken we maakten.";
    }

    public string Summary(ExportDocument document)
    {
        var tellen = document.Indicators.Count(i => i.Measure == IndicatorKind.Tellen);
        var vertellen = document.Indicators.Count - tellen;
        var parts = IsEnglish
            ? new[]
            {
                Count(document.Results.Count, "result", "results"),
                $"{Count(document.Indicators.Count, "indicator", "indicators")} ({tellen} tellen, {vertellen} vertellen)",
                Count(document.Activities.Count, "activity", "activities"),
                Count(document.QualityAgreements.Count, "quality agreement", "quality agreements"),
            }
            : new[]
            {
                Count(document.Results.Count, "resultaat", "resultaten"),
                $"{Count(document.Indicators.Count, "indicator", "indicatoren")} ({tellen} tellen, {vertellen} vertellen)",
                Count(document.Activities.Count, "activiteit", "activiteiten"),
                Count(document.QualityAgreements.Count, "kwaliteitsafspraak", "kwaliteitsafspraken"),
            };
        var list = $"{string.Join(", ", parts[..^1])} {(IsEnglish ? "and" : "en")} {parts[^1]}";
        return IsEnglish ? $"At a glance: {list}." : $"In het kort: {list}.";
    }

    // "23 november 2026": the local Amsterdam date, as a Dutch reader expects it.
    public string LongDate(DateTimeOffset moment)
    {
        var local = AmsterdamTime.Convert(moment);
        return $"{local.Day} {Months[local.Month - 1]} {local.Year}";
    }

    public string OrNotFilledIn(string value) => value.Length > 0 ? value : NotFilledIn;

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    public string BaselineTarget(string baseline, string target) => $"{OrNotFilledIn(baseline)} → {OrNotFilledIn(target)}";
}
