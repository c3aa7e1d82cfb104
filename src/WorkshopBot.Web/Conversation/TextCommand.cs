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
}

// A typed command after the bot's mention has been stripped. Argument is the note text for
// NewNote (may hold several lines) and Step carries the step number.
public sealed record TextCommand(TextCommandKind Kind, string Argument = "", int? Step = null);
