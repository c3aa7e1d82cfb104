namespace WorkshopBot.Domain.Werkgroepen;

// Silent: participants write without seeing each other's notes until the moderator reveals them.
public sealed record StepState(int Step, StepStatus Status, bool Silent);
