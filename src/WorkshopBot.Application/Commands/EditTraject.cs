namespace WorkshopBot.Application.Commands;

// A moderator changes the traject's name, theme and ambitions (the form's text, as in CreateTraject).
// TrajectId is the traject the card showed; it must be the traject of the conversation it is sent from.
public sealed record EditTraject(string? TrajectId, string? Name, string? Theme, string? Ambitions);
