using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Commands;

// The project leader creates a traject; created in the large group's channel, that channel is where
// summaries go. Ambitions is the form's text: one ambition per line, sub-goals starting with "-"
// (AmbitionLines).
public sealed record CreateTraject(string? Name, string? Gemeente, string? Theme, ChannelRef? LargeGroupChannel, string? Ambitions = null);
