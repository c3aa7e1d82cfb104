namespace WorkshopBot.TestKit.Playground;

// Tests run from bin/<config>/<tfm>; the pinned npm tools and the mock tenant live at the repository root.
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeBin(string name) => Path.Combine(Root, "node_modules", ".bin", name);

    public static string PlaygroundConfig => Path.Combine(Root, ".m365agentsplayground.yml");

    public static string LoopbackPreload => Path.Combine(Root, "scripts", "lib", "loopback-only.cjs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkshopBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find WorkshopBot.sln above {AppContext.BaseDirectory}; the Playground harness needs the repository root.");
    }
}
