using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

public sealed record BoardActivityView(
    string Id,
    string What,
    IReadOnlyList<string> Organisations,
    bool Formal,
    IReadOnlyList<string> ResultIds,
    string Status = "concept",
    int Version = 0,
    int Step = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceNoteId = null)
{
    // The item's number as every export shows it (ItemNumbers: R1, I1, A1, K1), so the board and the report
    // name an item the same way.
    public string Number { get; init; } = "";
}
