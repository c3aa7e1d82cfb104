namespace WorkshopBot.Exports.Model;

public sealed record ExportActivity(
    string What,
    IReadOnlyList<string> Organisations,
    ActivityNature Nature,
    IReadOnlyList<string> ResultIds);
