namespace WorkshopBot.Benchmarks;

// Stand-in for one note of the board API's response (the real BoardViewFactory was not on main when these
// benchmarks were written): everything the board draws for a sticky note.
public sealed record BoardNotePayload(
    string Id,
    int Step,
    string Text,
    string AuthorName,
    string? Organisation,
    string Colour,
    int Votes,
    bool VotedByMe,
    string? Cluster,
    string Status,
    DateTimeOffset CreatedAt);
