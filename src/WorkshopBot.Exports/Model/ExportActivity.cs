using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Model;

public sealed record ExportActivity(
    string What,
    IReadOnlyList<string> Organisations,
    Formality Nature,
    IReadOnlyList<string> ResultIds)
{
    // What a reader sees ("A1"; see Application.Projections.ItemNumbers); empty when unknown, then no prefix is shown.
    public string Number { get; init; } = "";
}
