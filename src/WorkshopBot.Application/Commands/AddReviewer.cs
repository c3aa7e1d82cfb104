using WorkshopBot.Application.Summaries;

namespace WorkshopBot.Application.Commands;

// "beoordelaar @naam (organisatie)": the moderator adds someone from outside the large group as a
// reviewer; a typed organisation wins over the derived one.
public sealed record AddReviewer(RosterMember Person, string? Organisation);
