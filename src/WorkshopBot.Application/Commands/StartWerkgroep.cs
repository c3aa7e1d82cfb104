using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Commands;

// Starts the werkgroep of a conversation, attached to a traject (none chosen: a traject of its own).
public sealed record StartWerkgroep(string? Name, string? Organisation, string? TrajectId, ConversationBinding Binding);
