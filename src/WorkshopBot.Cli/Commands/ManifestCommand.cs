using WorkshopBot.Cli.Deployment;

namespace WorkshopBot.Cli.Commands;

// `manifest pack --env-file <file> --out appPackage.zip [--manifest-dir manifest]`: fills the manifest
// templates with the environment file's values and writes the Teams app package.
public static class ManifestCommand
{
    private static readonly HashSet<string> Options = new(StringComparer.Ordinal) { "--env-file", "--out", "--manifest-dir" };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] != "pack")
        {
            error.WriteLine(args.Count == 0 ? "Wat moet er met het manifest: ‘manifest pack’?" : $"Onbekend: ‘manifest {args[0]}’. Bedoel je ‘manifest pack’?");
            error.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Usage;
        }

        if (!CommandOptions.TryParse(args.Skip(1).ToList(), Options, out var options, out var problem) || options.Positional.Count > 0)
        {
            error.WriteLine(problem.Length > 0 ? problem : $"Onverwacht argument ‘{options.Positional[0]}’ / unexpected argument.");
            error.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Usage;
        }

        var envFile = options["--env-file"];
        var outputPath = options["--out"];
        if (string.IsNullOrWhiteSpace(envFile) || string.IsNullOrWhiteSpace(outputPath))
        {
            error.WriteLine("Geef --env-file <bestand> en --out <appPackage.zip> mee / both --env-file and --out are required.");
            return ExitCodes.Usage;
        }

        var env = EnvFile.Read(envFile);
        if (!env.Succeeded)
        {
            WriteErrors(error, envFile, env.Errors);
            return ExitCodes.Failure;
        }

        var result = ManifestPackager.Pack(options["--manifest-dir"] ?? "manifest", env.Values, outputPath);
        if (!result.Succeeded)
        {
            WriteErrors(error, "manifest", result.Errors);
            return ExitCodes.Failure;
        }

        output.WriteLine($"App package written: {result.PackagePath}");
        foreach (var entry in result.Entries)
        {
            output.WriteLine($"  {entry}");
        }

        return ExitCodes.Success;
    }

    private static void WriteErrors(TextWriter error, string source, IReadOnlyList<string> errors)
    {
        error.WriteLine($"No package written; {errors.Count} problem(s) in {source}:");
        foreach (var problem in errors)
        {
            error.WriteLine($"  - {problem}");
        }
    }
}
