namespace WorkshopBot.Deployment.Tests;

internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string ManifestDirectory => Path.Combine(Root, "manifest");

    public static string InfraDirectory => Path.Combine(Root, "infra");

    // Fails instead of skipping: a build machine without the pinned npm tools must be noticed.
    public static string NodeModules
    {
        get
        {
            var path = Path.Combine(Root, "node_modules");
            if (!Directory.Exists(Path.Combine(path, "@microsoft", "app-manifest")))
            {
                throw new InvalidOperationException(
                    $"'{path}/@microsoft/app-manifest' is missing. Run 'npm ci' in {Root} to install the pinned tools, which ship the official Teams manifest schemas.");
            }

            return path;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorkshopBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No WorkshopBot.sln above {AppContext.BaseDirectory}.");
    }
}
