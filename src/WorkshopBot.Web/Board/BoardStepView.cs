using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

// Items: the formal items (results, indicators, activities, quality agreements) of this step, counted with
// its notes in the step tabs; left out when there are none.
public sealed record BoardStepView(
    int Number,
    string Name,
    string Question,
    string State,
    bool Silent,
    int HiddenNotes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Items,
    IReadOnlyList<BoardNoteView> Notes);
