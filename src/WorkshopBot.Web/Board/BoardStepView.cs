using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

// Items: the formal items (results, indicators, activities, quality agreements) of this step, counted with
// its notes in the step tabs; left out when there are none.
// TotalNotes and Contributors: the whole group's notes and writers in the step, hidden ones included
// (StepProgressProjection), so the meeting stage can say "12 notities van 5 deelnemers" without a text.
public sealed record BoardStepView(
    int Number,
    string Name,
    string Question,
    string State,
    bool Silent,
    int HiddenNotes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Items,
    IReadOnlyList<BoardNoteView> Notes,
    int TotalNotes = 0,
    int Contributors = 0);
