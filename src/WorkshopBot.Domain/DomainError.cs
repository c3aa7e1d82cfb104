namespace WorkshopBot.Domain;

// Code is stable and machine-readable (see DomainErrorCodes); the user-facing Dutch/English text is
// produced by the presentation layer from Code plus the optional data below. Message is for logs.
public sealed record DomainError(string Code, string Message)
{
    public int? Step { get; init; }

    public int? Limit { get; init; }

    public string? TargetId { get; init; }

    public int? CurrentVersion { get; init; }
}
