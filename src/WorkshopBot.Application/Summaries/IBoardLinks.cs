namespace WorkshopBot.Application.Summaries;

// The public address of a werkgroep's board, linked from the summary; null when the host has none.
public interface IBoardLinks
{
    string? Board(string werkgroepId);
}
