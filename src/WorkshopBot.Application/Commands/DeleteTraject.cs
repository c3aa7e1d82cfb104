namespace WorkshopBot.Application.Commands;

// A moderator deletes a traject with all its werkgroepen, summaries and audit (the privacy page promises
// the project leader can). ConfirmName must repeat the traject's name: the confirmation step, so a stray
// click or a stale card deletes nothing.
public sealed record DeleteTraject(string TrajectId, string? ConfirmName);
