using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

// One note as the board page gets it. A board of 2,000 notes must stay under 300 KB uncompressed, so a
// note carries only what differs per note: the author is an index into the board's "authors" table
// (name, organisation, colour once per person instead of on every note), default values are left out
// (no votes, status "idee", not mine, not edited, no open coach points), and there is no timestamp:
// the notes of a step come oldest first and the page sorts by that position. MergedTexts lists the words
// of notes merged into this one (left out when there are none).
public sealed record BoardNoteView(
    string Id,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? MergedTexts,
    int By,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Votes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int MyVotes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cluster,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Mine,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Edited,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int CoachingOpen);
