namespace WorkshopBot.Application.Commands;

// Moderator: turns a note into a result, indicator, activity or quality agreement.
public sealed record PromoteNote(string NoteId, WorkshopBot.Domain.Items.FormalItemKind Kind) : WerkgroepCommand;
