using System.Globalization;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Time;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// All fixed text of the exports, one table per language (ExportText.Nl.cs, ExportText.En.cs), like
// CardText. Every property is required, so a missing translation does not compile. Dutch is the default;
// English keeps the compass terms (tellen/vertellen, need-to-know) that practitioners use in both languages.
internal sealed partial record ExportText
{
    public required Language Language { get; init; }

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

    // The indicator register's columns (Excel, CSV, and the definition sheets in Markdown).
    public required ColumnText ColumnNumber { get; init; }

    public required ColumnText ColumnName { get; init; }

    public required ColumnText ColumnDefinition { get; init; }

    public required ColumnText ColumnNumerator { get; init; }

    public required ColumnText ColumnDenominator { get; init; }

    public required ColumnText ColumnMeasure { get; init; }

    public required ColumnText ColumnType { get; init; }

    public required ColumnText ColumnDataSource { get; init; }

    public required ColumnText ColumnExistingRegistration { get; init; }

    public required ColumnText ColumnOwner { get; init; }

    public required ColumnText ColumnFrequency { get; init; }

    // The vertellen sheet (empty for a tellen indicator).
    public required ColumnText ColumnStoriesAbout { get; init; }

    public required ColumnText ColumnStoriesFrom { get; init; }

    public required ColumnText ColumnCollectionMethod { get; init; }

    public required ColumnText ColumnStoriesUse { get; init; }

    public required ColumnText ColumnStatus { get; init; }

    // The factsheet's indicator row for a story: "Verhalen over: …. Gebruik: …".
    public required string StoriesSummaryFormat { get; init; }

    public required ColumnText ColumnBaseline { get; init; }

    public required ColumnText ColumnTarget { get; init; }

    public required ColumnText ColumnDirection { get; init; }

    public required ColumnText ColumnNeed { get; init; }

    public required ColumnText ColumnResultId { get; init; }

    public required ColumnText ColumnLinkedResult { get; init; }

    // Enum values as the documents show them; English keeps the compass terms practitioners use.
    public required string MeasureTellen { get; init; }

    public required string MeasureVertellen { get; init; }

    public required string TypeInput { get; init; }

    public required string TypeProces { get; init; }

    public required string TypeOutput { get; init; }

    public required string TypeOutcome { get; init; }

    public required string RegistrationYes { get; init; }

    public required string RegistrationNo { get; init; }

    public required string RegistrationUnknown { get; init; }

    public required string DirectionUp { get; init; }

    public required string DirectionDown { get; init; }

    public required string DirectionStable { get; init; }

    public required string DirectionUnspecified { get; init; }

    public required string NeedToKnow { get; init; }

    public required string NiceToKnow { get; init; }

    public required string LevelSamenleving { get; init; }

    public required string LevelVoorziening { get; init; }

    public required string StatusConcept { get; init; }

    public required string StatusVastgesteld { get; init; }

    public required string StatusGeparkeerd { get; init; }

    public required string Formal { get; init; }

    public required string Informal { get; init; }

    public required string ConditionTraining { get; init; }

    public required string ConditionKennis { get; init; }

    public required string ConditionMethode { get; init; }

    public required string ConditionOrganisatie { get; init; }

    public required string ConditionOther { get; init; }

    public required CountedNoun ResultNoun { get; init; }

    public required CountedNoun IndicatorNoun { get; init; }

    public required CountedNoun ActivityNoun { get; init; }

    public required CountedNoun AgreementNoun { get; init; }

    // Templates: {0}, {1}… filled with invariant formatting.
    public required string IntroWerkgroep { get; init; }

    public required string IntroTraject { get; init; }

    public required string IntroTheme { get; init; }

    public required string Intro { get; init; }

    public required string And { get; init; }

    public required string Summary { get; init; }

    public static ExportText For(Language language) => TextTables.For(language, Dutch, English);

    public string KindName(ExportDocumentKind kind) => kind == ExportDocumentKind.Traject ? Traject : Werkgroep;

    public string Of(IndicatorKind value) => value == IndicatorKind.Tellen ? MeasureTellen : MeasureVertellen;

    public string Of(IndicatorType value) => value switch
    {
        IndicatorType.Input => TypeInput,
        IndicatorType.Proces => TypeProces,
        IndicatorType.Output => TypeOutput,
        _ => TypeOutcome,
    };

    public string Of(ExistingRegistration value) => value switch
    {
        ExistingRegistration.Yes => RegistrationYes,
        ExistingRegistration.No => RegistrationNo,
        _ => RegistrationUnknown,
    };

    public string Of(IndicatorDirection? value) => value switch
    {
        IndicatorDirection.Up => DirectionUp,
        IndicatorDirection.Down => DirectionDown,
        IndicatorDirection.Stable => DirectionStable,
        _ => DirectionUnspecified,
    };

    public string Of(InformationNeed value) => value == InformationNeed.NeedToKnow ? NeedToKnow : NiceToKnow;

    public string Of(ResultLevel value) => value == ResultLevel.Samenleving ? LevelSamenleving : LevelVoorziening;

    public string Of(ItemStatus value) => value switch
    {
        ItemStatus.Vastgesteld => StatusVastgesteld,
        ItemStatus.Geparkeerd => StatusGeparkeerd,
        _ => StatusConcept,
    };

    public string Of(Formality value) => value == Formality.Formal ? Formal : Informal;

    public string Of(ConditionKind? value) => value switch
    {
        ConditionKind.Training => ConditionTraining,
        ConditionKind.Kennis => ConditionKennis,
        ConditionKind.Methode => ConditionMethode,
        ConditionKind.Organisatie => ConditionOrganisatie,
        _ => ConditionOther,
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

    public string IntroFor(ExportDocument document)
    {
        var who = document.Kind == ExportDocumentKind.Werkgroep && document.WerkgroepNames.Count > 0
            ? Fill(IntroWerkgroep, string.Join(", ", document.WerkgroepNames))
            : Fill(IntroTraject, document.TrajectName).TrimEnd();
        var theme = document.Theme.Length > 0 ? Fill(IntroTheme, document.Theme) : string.Empty;
        return Fill(Intro, who, theme);
    }

    public string SummaryFor(ExportDocument document)
    {
        var tellen = document.Indicators.Count(i => i.Measure == IndicatorKind.Tellen);
        var vertellen = document.Indicators.Count - tellen;
        string[] parts =
        [
            ResultNoun.Count(document.Results.Count),
            // The tellen/vertellen split is written in the compass's own words in every language.
            $"{IndicatorNoun.Count(document.Indicators.Count)} ({tellen} tellen, {vertellen} vertellen)",
            ActivityNoun.Count(document.Activities.Count),
            AgreementNoun.Count(document.QualityAgreements.Count),
        ];
        return Fill(Summary, $"{string.Join(", ", parts[..^1])} {And} {parts[^1]}");
    }

    // "23 november 2026": the local Amsterdam date, as a Dutch reader expects it.
    public string LongDate(DateTimeOffset moment)
    {
        var local = AmsterdamTime.Convert(moment);
        return $"{local.Day} {Months[local.Month - 1]} {local.Year}";
    }

    public string OrNotFilledIn(string value) => value.Length > 0 ? value : NotFilledIn;

    public string BaselineTarget(string baseline, string target) => $"{OrNotFilledIn(baseline)} → {OrNotFilledIn(target)}";

    // The short indicator table under each result, the same in the Word and Markdown factsheet.
    public IReadOnlyList<string> IndicatorTableHeader => [Indicator, MeasureColumn, Source, BaselineToTarget];

    // A vertellen indicator has no source, nulmeting or streefwaarde: its row says from whom and how the
    // stories are collected, which stories and what the werkgroep does with them.
    public string[] IndicatorTableRow(ExportIndicator indicator) => indicator.Measure == IndicatorKind.Vertellen
        ?
        [
            NumberedLabel.Of(indicator.Number, indicator.Name),
            Of(indicator.Measure),
            OrNotFilledIn(string.Join(" · ", new[] { indicator.StoriesFrom, indicator.CollectionMethod }.Where(v => !string.IsNullOrWhiteSpace(v)))),
            string.Format(CultureInfo.InvariantCulture, StoriesSummaryFormat, OrNotFilledIn(indicator.StoriesAbout), OrNotFilledIn(indicator.StoriesUse)),
        ]
        :
        [
            NumberedLabel.Of(indicator.Number, indicator.Name),
            Of(indicator.Measure),
            OrNotFilledIn(indicator.DataSource),
            BaselineTarget(indicator.Baseline, indicator.Target),
        ];

    private static string Fill(string template, params object[] values) => TextTables.Fill(template, values);
}
