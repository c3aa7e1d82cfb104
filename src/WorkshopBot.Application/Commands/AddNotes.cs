namespace WorkshopBot.Application.Commands;

// One note per line of Text. Without a step the notes go to the current (or first open) step.
public sealed record AddNotes(int? Step, string Text) : WerkgroepCommand;
