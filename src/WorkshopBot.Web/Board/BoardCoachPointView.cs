namespace WorkshopBot.Web.Board;

// One coach criterion on a result or indicator; Evidence is the words it found (null when none).
public sealed record BoardCoachPointView(string Id, string Status, string Message, string? Evidence);
