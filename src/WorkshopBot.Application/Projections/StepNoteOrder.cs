namespace WorkshopBot.Application.Projections;

// The order a step card lists notes in, for the view factory (which ranks the domain's notes so it projects
// only those the card can show) and the card (which ranks what it is given). While a voting round on the
// step is open the order must not depend on votes: a list that re-sorts after every dot moves the buttons
// under the cursor (issue 12). Then it is cluster (unclustered last), then creation, then id; otherwise the
// most votes the viewer may see first, ties keeping the order given (the board's). Deterministic either way.
public static class StepNoteOrder
{
    public static IReadOnlyList<T> Rank<T>(
        IReadOnlyList<T> notes,
        bool votingOpen,
        Func<T, int> visibleVotes,
        Func<T, string?> cluster,
        Func<T, DateTimeOffset> createdAt,
        Func<T, string> id)
    {
        if (votingOpen)
        {
            return notes
                .OrderBy(note => string.IsNullOrWhiteSpace(cluster(note)) ? 1 : 0)
                .ThenBy(note => cluster(note)?.Trim() ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(createdAt)
                .ThenBy(id, StringComparer.Ordinal)
                .ToList();
        }

        // The board's order is most votes first already; then there is nothing to sort (every add-note answer).
        return MostVotesFirst(notes, visibleVotes)
            ? notes
            : notes.Select((note, index) => (note, index))
                .OrderByDescending(x => visibleVotes(x.note))
                .ThenBy(x => x.index)
                .Select(x => x.note)
                .ToList();
    }

    private static bool MostVotesFirst<T>(IReadOnlyList<T> notes, Func<T, int> visibleVotes)
    {
        for (var i = 1; i < notes.Count; i++)
        {
            if (visibleVotes(notes[i]) > visibleVotes(notes[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
