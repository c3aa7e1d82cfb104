namespace WorkshopBot.Cards.Views;

// The traject overview ("traject"): what the large group agreed, its werkgroepen and where it meets.
// AmbitionsText is the edit form's starting text; CanEdit is true for the traject's moderators only.
public sealed record TrajectView(
    string TrajectId,
    string Name,
    string Gemeente,
    string Theme,
    IReadOnlyList<AmbitionView> Ambitions,
    IReadOnlyList<TrajectWerkgroepView> Werkgroepen,
    string? LargeGroupChannel,
    bool HasLargeGroupChannel,
    bool CanEdit,
    string AmbitionsText = "",
    string? Note = null,
    string? Error = null);
