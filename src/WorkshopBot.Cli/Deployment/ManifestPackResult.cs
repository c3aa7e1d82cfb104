namespace WorkshopBot.Cli.Deployment;

/// <summary>
/// Outcome of <see cref="ManifestPackager.Pack"/>. On failure <see cref="Errors"/> lists every
/// problem found (not just the first), and no package is written.
/// </summary>
public sealed record ManifestPackResult(string? PackagePath, IReadOnlyList<string> Entries, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ManifestPackResult Failure(IReadOnlyList<string> errors) => new(null, [], errors);
}
