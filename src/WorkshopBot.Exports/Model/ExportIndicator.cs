namespace WorkshopBot.Exports.Model;

// One indicator with its full definition sheet. ResultId links it to an ExportResult (null when the
// group has not linked it yet); the register shows that result's statement next to it.
public sealed record ExportIndicator(
    string Id,
    string Name,
    string Definition,
    string Numerator,
    string DenominatorOrUnit,
    IndicatorMeasure Measure,
    IndicatorType Type,
    string DataSource,
    ExistingRegistration ExistingRegistration,
    string OwnerOrganisation,
    string Frequency,
    string Baseline,
    string Target,
    IndicatorDirection Direction,
    IndicatorPriority Priority,
    string? ResultId);
