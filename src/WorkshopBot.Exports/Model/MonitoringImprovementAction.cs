namespace WorkshopBot.Exports.Model;

// An improvement action from a reflection: what, for which activity, who, by when, and how far it is.
public sealed record MonitoringImprovementAction(
    string Text,
    string LinkedActivity,
    string Owner,
    DateOnly? Due,
    ImprovementActionStatus Status);
