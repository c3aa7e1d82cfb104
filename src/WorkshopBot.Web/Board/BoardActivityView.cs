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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceNoteId = null);
