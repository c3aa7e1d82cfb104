namespace WorkshopBot.Application.Commands;

// Moderator: merges notes into a target note, which keeps their words.
public sealed record MergeNotes(string TargetNoteId, IReadOnlyList<string> SourceNoteIds) : WerkgroepCommand;
