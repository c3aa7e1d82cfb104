namespace WorkshopBot.Web.Conversation;

public enum TextCommandKind
{
    Unknown,
    Help,
    Board,
    Step,
    NewNote,
    Traject,
    Werkgroep,
    Summary,
    Organisation,
    Reviewer,
    DeleteTraject,
    Monitoring,
}

// A typed command after the bot's mention has been stripped. Argument is the note text for
// NewNote (may hold several lines), the organisation's name for Organisation and the @mention with
// an optional "(organisatie)" for Reviewer and the traject's name (the confirmation) for DeleteTraject;
// Step carries the step number.
public sealed record TextCommand(TextCommandKind Kind, string Argument = "", int? Step = null);
