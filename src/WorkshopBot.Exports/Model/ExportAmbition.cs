namespace WorkshopBot.Exports.Model;

public sealed record ExportAmbition(string Title, IReadOnlyList<string> SubGoals);
