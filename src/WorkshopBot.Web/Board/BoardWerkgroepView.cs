namespace WorkshopBot.Web.Board;

public sealed record BoardWerkgroepView(
    string Id,
    string Name,
    string TrajectName,
    string Gemeente,
    string Theme,
    int CurrentStep,
    int Version);
