using Azure;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Exports;
using WorkshopBot.Exports.Mapping;

namespace WorkshopBot.Cli.Commands;

// `export <docx|xlsx|md|csv|json> --werkgroep <id> --out <file> [--lang nl|en] [--connection-string <cs>]`:
// reads one werkgroep (and its traject) from Table storage and writes it in the chosen format.
public static class ExportCommand
{
    public const string ConnectionStringVariable = TableStoreFactory.ConnectionStringVariable;

    private static readonly HashSet<string> Options = new(StringComparer.Ordinal) { "--werkgroep", "--out", "--lang", "--connection-string" };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        Run(args, output, error, TableStoreFactory.Open, TimeProvider.System);

    // The seam for tests: storeFactory gets the connection string and returns the store to read from.
    public static int Run(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        Func<string, IWorkshopStore> storeFactory,
        TimeProvider timeProvider)
    {
        if (!CommandOptions.TryParse(args, Options, out var options, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Usage;
        }

        if (options.Positional.Count != 1 || ExportFormats.FromName(options.Positional[0]) is not { } format)
        {
            error.WriteLine(options.Positional.Count == 0
                ? "Welk formaat: docx, xlsx, md, csv of json? / which format?"
                : $"Onbekend formaat ‘{string.Join(' ', options.Positional)}’: kies docx, xlsx, md, csv of json.");
            return ExitCodes.Usage;
        }

        var werkgroepId = options["--werkgroep"];
        var outputPath = options["--out"];
        if (string.IsNullOrWhiteSpace(werkgroepId) || string.IsNullOrWhiteSpace(outputPath))
        {
            error.WriteLine("Geef --werkgroep <id> en --out <bestand> mee / both --werkgroep and --out are required.");
            return ExitCodes.Usage;
        }

        var language = Languages.FromLocale(options["--lang"]);
        var connectionString = options["--connection-string"] ?? Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error.WriteLine($"Geen opslag ingesteld: zet {ConnectionStringVariable} of geef --connection-string mee / no Table storage connection string.");
            return ExitCodes.Usage;
        }

        try
        {
            var store = storeFactory(connectionString);
            var werkgroep = store.GetWerkgroepAsync(werkgroepId, CancellationToken.None).GetAwaiter().GetResult();
            if (werkgroep is null)
            {
                error.WriteLine($"Werkgroep ‘{werkgroepId}’ bestaat niet in deze opslag / werkgroep not found.");
                return ExitCodes.Failure;
            }

            var traject = store.GetTrajectAsync(werkgroep.Value.TrajectId, CancellationToken.None).GetAwaiter().GetResult();
            var document = WerkgroepExportMapper.From(traject?.Value, werkgroep.Value, timeProvider.GetUtcNow());
            var file = Exporters.Render(format, document, language);
            File.WriteAllBytes(outputPath, file.Content);
            output.WriteLine($"{Path.GetFullPath(outputPath)} ({file.Content.Length} bytes, {file.ContentType}; suggested name {file.FileName})");
            return ExitCodes.Success;
        }
        // The Azure SDK gives up after its retries with an AggregateException of RequestFailedExceptions.
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException))
        {
            error.WriteLine($"Opslag niet bereikbaar / storage unreachable: {ex.InnerExceptions[^1].Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is RequestFailedException or FormatException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Export mislukt / export failed: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
