namespace WorkshopBot.Cards.Views;

public sealed record SummaryView
{
    public required string SummaryId { get; init; }

    public required int Version { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    public required string WerkgroepName { get; init; }

    public string? TrajectName { get; init; }

    public int? SupersededByVersion { get; init; }

    public string? SupersededByUrl { get; init; }

    public IReadOnlyList<SummaryResultView> Results { get; init; } = [];

    public IReadOnlyList<SummaryActivityView> Activities { get; init; } = [];

    public IReadOnlyList<string> QualityAgreements { get; init; } = [];

    public IReadOnlyList<string> OpenQuestions { get; init; } = [];

    public IReadOnlyList<string> OpenCoachingPoints { get; init; } = [];

    public IReadOnlyList<PersonView> Participants { get; init; } = [];

    public string? BoardUrl { get; init; }

    // Link to the complete summary (board tab or share page) when the card has to leave things out.
    public string? FullSummaryUrl { get; init; }

    public ReviewView Review { get; init; } = new();

    public CardViewer? Viewer { get; init; }

    // Shown by "samenvatting" to a moderator in the werkgroep: a button to publish a new version (preview first).
    public bool CanPublish { get; init; }

    public CardAudience? Audience { get; init; }
}
