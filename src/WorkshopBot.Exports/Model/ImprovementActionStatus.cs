namespace WorkshopBot.Exports.Model;

public enum ImprovementActionStatus
{
    Open,
    InProgress,
    Done,
}
