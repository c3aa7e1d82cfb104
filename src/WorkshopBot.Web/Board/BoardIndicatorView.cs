using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

// StoriesAbout … StoriesUse: the vertellen sheet (left out while empty, as for every tellen indicator).

public sealed record BoardIndicatorView(
    string Id,
    string? ResultId,
    string Name,
    string? Definition,
    string? Numerator,
    string? Denominator,
    string? Kind,
    string? Type,
    string? DataSource,
    bool? ExistingRegistration,
    string? Owner,
    string? Frequency,
    string? Baseline,
    string? Target,
    string? Direction,
    bool? NeedToKnow,
    string Status,
    IReadOnlyList<string> Missing,
    IReadOnlyList<BoardCoachPointView> Coaching,
    string? Suggestion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StoriesAbout = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StoriesFrom = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CollectionMethod = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StoriesUse = null,
    int Version = 0,
    int Step = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceNoteId = null)
{
    // The item's number as every export shows it (ItemNumbers: R1, I1, A1, K1), so the board and the report
    // name an item the same way.
    public string Number { get; init; } = "";
}
