using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Commands;

// The project leader creates a traject; created in the large group's channel, that channel is where
// summaries go.
public sealed record CreateTraject(string? Name, string? Gemeente, string? Theme, ChannelRef? LargeGroupChannel);
