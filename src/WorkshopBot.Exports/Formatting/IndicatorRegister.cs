using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// The definition-sheet columns shared by the Excel and CSV register, in the order a reader scans them.
internal static class IndicatorRegister
{
    private static readonly RegisterColumn[] All =
    [
        new("Nr.", "No.", 7, "Volgnummer van de indicator.", "Indicator identifier.", (_, i, _) => i.Id),
        new("Indicator", "Indicator", 34, "Korte naam van de indicator.", "Short name of the indicator.", (_, i, _) => i.Name),
        new("Definitie", "Definition", 48, "Wat precies gemeten of opgehaald wordt.", "What exactly is measured or collected.", (_, i, _) => i.Definition),
        new("Teller", "Numerator", 30, "Wat er geteld wordt (de teller).", "What is counted (the numerator).", (_, i, _) => i.Numerator),
        new("Noemer / eenheid", "Denominator / unit", 26, "Waardoor gedeeld wordt, of de eenheid.", "What it is divided by, or the unit.", (_, i, _) => i.DenominatorOrUnit),
        new("Tellen/vertellen", "Tellen/vertellen", 15, "Tellen (cijfers) of vertellen (verhalen, ervaringen).", "Tellen (numbers) or vertellen (stories, experiences).", (l, i, _) => l.Of(i.Measure)),
        new("Type", "Type", 12, "Input, proces, output of outcome.", "Input, process, output or outcome.", (l, i, _) => l.Of(i.Type)),
        new("Databron", "Data source", 30, "Waar de gegevens vandaan komen.", "Where the data comes from.", (_, i, _) => i.DataSource),
        new("Bestaande registratie", "Existing registration", 22, "Wordt dit al geregistreerd? Nee betekent extra registratielast.", "Is this already registered? No means extra registration burden.", (l, i, _) => l.Of(i.ExistingRegistration)),
        new("Eigenaar", "Owner", 24, "Organisatie die de indicator aanlevert.", "Organisation that supplies the indicator.", (_, i, _) => i.OwnerOrganisation),
        new("Frequentie", "Frequency", 14, "Hoe vaak er gemeten wordt.", "How often it is measured.", (_, i, _) => i.Frequency),
        new("Nulmeting", "Baseline", 16, "Stand bij de start.", "Value at the start.", (_, i, _) => i.Baseline),
        new("Streefwaarde", "Target", 16, "Waar we naartoe willen.", "Where we want to be.", (_, i, _) => i.Target),
        new("Richting", "Direction", 14, "Moet de waarde stijgen, dalen of gelijk blijven?", "Should the value rise, fall or stay level?", (l, i, _) => l.Of(i.Direction)),
        new("Need-to-know / nice-to-know", "Need-to-know / nice-to-know", 18, "Nodig om te sturen (need-to-know) of aanvullend (nice-to-know).", "Needed to steer (need-to-know) or additional (nice-to-know).", (l, i, _) => l.Of(i.Priority)),
        new("Resultaat nr.", "Result no.", 10, "Nummer van het resultaat waar de indicator bij hoort.", "Identifier of the result the indicator belongs to.", (_, i, _) => i.ResultId ?? string.Empty),
        new("Gekoppeld resultaat", "Linked result", 50, "Het resultaat waar de indicator bij hoort.", "The result the indicator belongs to.", (_, _, r) => r?.Statement ?? string.Empty),
    ];

    public static int ColumnCount => All.Length;

    public static IReadOnlyList<string> Header(Language language) =>
        All.Select(c => language == Language.English ? c.English : c.Dutch).ToArray();

    public static IReadOnlyList<string> Descriptions(Language language) =>
        All.Select(c => language == Language.English ? c.EnglishHelp : c.DutchHelp).ToArray();

    public static IReadOnlyList<double> Widths => All.Select(c => c.Width).ToArray();

    // Rows in document order; the caller neutralises cells for its own format.
    public static IReadOnlyList<IReadOnlyList<string>> Rows(ExportDocument document, Language language)
    {
        var labels = ExportLabels.For(language);
        var results = document.Results
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return document.Indicators
            .Select(i =>
            {
                var result = i.ResultId is not null && results.TryGetValue(i.ResultId, out var r) ? r : null;
                return (IReadOnlyList<string>)All.Select(c => c.Value(labels, i, result)).ToArray();
            })
            .ToArray();
    }

    private sealed record RegisterColumn(
        string Dutch,
        string English,
        double Width,
        string DutchHelp,
        string EnglishHelp,
        Func<ExportLabels, ExportIndicator, ExportResult?, string> Value);
}
