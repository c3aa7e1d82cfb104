namespace WorkshopBot.Application.Commands;

// Moderator: puts a note in a labelled cluster (null label: out of its cluster).
public sealed record SetCluster(string NoteId, string? Label) : WerkgroepCommand;
