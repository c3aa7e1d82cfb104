using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

public sealed record BoardQualityAgreementView(
    string Id,
    string Condition,
    string Description,
    string? Owner,
    IReadOnlyList<string>? ResultIds = null,
    string Status = "concept",
    int Version = 0,
    int Step = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceNoteId = null);
