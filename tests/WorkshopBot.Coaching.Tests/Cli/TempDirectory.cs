namespace WorkshopBot.Coaching.Tests.Cli;

// The CLI commands write files, so their tests need a scratch directory that disappears afterwards.
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("workshopbot-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
