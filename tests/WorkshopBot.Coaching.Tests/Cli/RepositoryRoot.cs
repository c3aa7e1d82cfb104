namespace WorkshopBot.Coaching.Tests.Cli;

internal static class RepositoryRoot
{
    public static string ManifestDirectory => System.IO.Path.Combine(Find(), "manifest");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "WorkshopBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No WorkshopBot.sln above {AppContext.BaseDirectory}.");
    }
}
