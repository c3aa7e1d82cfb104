namespace WorkshopBot.Web.Board;

public sealed record BoardActivityView(
    string Id,
    string What,
    IReadOnlyList<string> Organisations,
    bool Formal,
    IReadOnlyList<string> ResultIds,
    string Status = "concept",
    int Version = 0);
