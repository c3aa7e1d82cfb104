using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Model;

public sealed record ExportActivity(
    string What,
    IReadOnlyList<string> Organisations,
    Formality Nature,
    IReadOnlyList<string> ResultIds);
