namespace WorkshopBot.Web.Board;

// The 200 answer of POST /api/boards/{id}/actions: the werkgroep version after the action.
public sealed record BoardActionAccepted(bool Ok, int Version);
