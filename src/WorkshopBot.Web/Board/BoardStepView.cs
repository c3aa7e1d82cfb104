namespace WorkshopBot.Web.Board;

public sealed record BoardStepView(
    int Number,
    string Name,
    string Question,
    string State,
    bool Silent,
    int HiddenNotes,
    IReadOnlyList<BoardNoteView> Notes);
