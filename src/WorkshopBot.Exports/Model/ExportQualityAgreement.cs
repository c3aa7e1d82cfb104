namespace WorkshopBot.Exports.Model;

// A step-4 agreement on how a service safeguards quality.
public sealed record ExportQualityAgreement(
    QualityConditionKind ConditionKind,
    string Description,
    string Owner);
