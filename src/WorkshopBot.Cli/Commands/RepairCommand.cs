using Azure;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Cli.Commands;

// `repair --werkgroep <id> [--connection-string <cs>]`: the operator's compaction of one werkgroep (issue
// 13, finding 5). Loads it, purges what deleted notes still hold (werkgroepen stored before deletes purged
// their content), drops tombstones older than WorkshopLimits.NoteTombstoneRetention and saves it with its
// ETag, so a werkgroep that outgrew its storage row becomes writable again. Safe to run while the bot is
// live: a concurrent save makes it reload and compact again.
public static class RepairCommand
{
    private const int MaxAttempts = 5;

    private static readonly HashSet<string> Options = new(StringComparer.Ordinal) { "--werkgroep", "--connection-string" };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        Run(args, output, error, TableStoreFactory.Open, TimeProvider.System);

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, IWorkshopStore> storeFactory, TimeProvider timeProvider)
    {
        if (!CommandOptions.TryParse(args, Options, out var options, out var problem) || options.Positional.Count > 0)
        {
            error.WriteLine(problem.Length > 0 ? problem : $"Onverwacht argument ‘{options.Positional[0]}’ / unexpected argument.");
            error.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Usage;
        }

        var werkgroepId = options["--werkgroep"];
        if (string.IsNullOrWhiteSpace(werkgroepId))
        {
            error.WriteLine("Geef --werkgroep <id> mee / --werkgroep is required.");
            return ExitCodes.Usage;
        }

        if (TableStoreFactory.ConnectionString(options, error) is not { } connectionString)
        {
            return ExitCodes.Usage;
        }

        try
        {
            return RepairAsync(storeFactory(connectionString), werkgroepId, output, error, timeProvider).GetAwaiter().GetResult();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException))
        {
            error.WriteLine($"Opslag niet bereikbaar / storage unreachable: {ex.InnerExceptions[^1].Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is RequestFailedException or InvalidOperationException or InvalidDataException)
        {
            error.WriteLine($"Herstel mislukt / repair failed: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> RepairAsync(IWorkshopStore store, string werkgroepId, TextWriter output, TextWriter error, TimeProvider timeProvider)
    {
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await store.GetWerkgroepAsync(werkgroepId, CancellationToken.None);
            if (stored is null)
            {
                error.WriteLine($"Werkgroep ‘{werkgroepId}’ bestaat niet in deze opslag / werkgroep not found.");
                return ExitCodes.Failure;
            }

            var now = timeProvider.GetUtcNow();
            var change = stored.Value.Repair(now, WorkshopLimits.NoteTombstoneRetention);
            if (!change.HasChanges)
            {
                output.WriteLine($"Werkgroep {werkgroepId}: niets op te ruimen / nothing to compact (size {stored.Value.EstimatedSize()} of {WorkshopLimits.WerkgroepSizeBudget}).");
                return ExitCodes.Success;
            }

            var saved = await store.SaveWerkgroepAsync(change.Aggregate, stored.ETag, change.Events, CancellationToken.None);
            if (saved.IsSaved)
            {
                output.WriteLine(
                    $"Werkgroep {werkgroepId}: {stored.Value.Notes.Count - change.Aggregate.Notes.Count} verwijderde notities opgeruimd, "
                    + $"grootte {stored.Value.EstimatedSize()} → {change.Aggregate.EstimatedSize()} (max {WorkshopLimits.WerkgroepSizeBudget}).");
                return ExitCodes.Success;
            }
        }

        error.WriteLine($"Werkgroep ‘{werkgroepId}’ werd steeds tegelijk gewijzigd; probeer het opnieuw / kept changing, try again.");
        return ExitCodes.Failure;
    }
}
