namespace WorkshopBot.Domain.Ports;

public sealed record SaveResult(SaveStatus Status, string? ETag)
{
    public static SaveResult ConcurrencyConflict { get; } = new(SaveStatus.ConcurrencyConflict, null);

    public static SaveResult AlreadyExists { get; } = new(SaveStatus.AlreadyExists, null);

    public bool IsSaved => Status == SaveStatus.Saved;

    public static SaveResult Saved(string etag) => new(SaveStatus.Saved, etag);
}
