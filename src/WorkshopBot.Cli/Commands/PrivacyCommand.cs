using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Application.Privacy;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Cli.Commands;

// `privacy export --user <ids> --out <file>`, `privacy forget --user <ids> [--erase-notes]` and
// `privacy purge [--dedupe-days n] [--references-days n] [--audit-days n]` (issue 13, finding 6; what
// each does per kind of data: docs/privacy.md). --user takes an Entra object id or a Teams id (MRI), or
// several separated by commas; the ids a werkgroep's member rows hold for the same person are added.
public static class PrivacyCommand
{
    private static readonly HashSet<string> Options = new(StringComparer.Ordinal)
    {
        "--user", "--out", "--connection-string", "--dedupe-days", "--references-days", "--audit-days",
    };

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--erase-notes" };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        Run(args, output, error, TableStoreFactory.Services, TimeProvider.System);

    // The seam for tests: services gets the connection string and returns the stores to work on.
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, IServiceProvider> services, TimeProvider timeProvider)
    {
        if (!CommandOptions.TryParse(args, Options, Flags, out var options, out var problem) || options.Positional.Count != 1)
        {
            error.WriteLine(problem.Length > 0 ? problem : "Kies export, forget of purge / choose export, forget or purge.");
            error.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Usage;
        }

        var action = options.Positional[0];
        var userIds = (options["--user"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (action is "export" or "forget" && userIds.Length == 0)
        {
            error.WriteLine("Geef --user <object id of Teams id> mee / --user is required.");
            return ExitCodes.Usage;
        }

        if (action == "export" && string.IsNullOrWhiteSpace(options["--out"]))
        {
            error.WriteLine("Geef --out <bestand> mee / --out is required.");
            return ExitCodes.Usage;
        }

        if (action is not ("export" or "forget" or "purge"))
        {
            error.WriteLine($"Onbekende actie ‘{action}’: kies export, forget of purge.");
            return ExitCodes.Usage;
        }

        if (!TryPolicy(options, out var policy))
        {
            error.WriteLine("--dedupe-days, --references-days en --audit-days zijn hele dagen vanaf 1 / whole days from 1.");
            return ExitCodes.Usage;
        }

        if (TableStoreFactory.ConnectionString(options, error) is not { } connectionString)
        {
            return ExitCodes.Usage;
        }

        try
        {
            var provider = services(connectionString);
            var personalData = provider.GetRequiredService<IPersonalDataStore>();
            var service = new PersonalDataService(
                provider.GetRequiredService<IWorkshopStore>(),
                provider.GetRequiredService<ISummaryReviewStore>(),
                provider.GetRequiredService<IMonitoringStore>(),
                personalData,
                timeProvider);
            switch (action)
            {
                case "export":
                    var export = service.ExportAsync(userIds, CancellationToken.None).GetAwaiter().GetResult();
                    File.WriteAllText(options["--out"]!, JsonSerializer.Serialize(export, Json));
                    output.WriteLine(
                        $"{Path.GetFullPath(options["--out"]!)}: {export.Werkgroepen.Count} werkgroepen, {export.Trajecten.Count} trajecten, "
                        + $"{export.Summaries.Count} samenvattingen, {export.Audit.Count} auditregels, {export.ConversationReferences.Count} gesprekken, "
                        + $"{export.Monitoring.Count} monitoringrijen.");
                    return ExitCodes.Success;
                case "forget":
                    var report = service.ForgetAsync(userIds, options.HasFlag("--erase-notes"), CancellationToken.None).GetAwaiter().GetResult();
                    output.WriteLine(report.ChangedAnything
                        ? $"Vergeten als {report.Pseudonym}: {report.Werkgroepen} werkgroepen, {report.Trajecten} trajecten, {report.Summaries} samenvattingen, "
                            + $"{report.AuditEvents} auditregels, {report.ConversationReferences} gesprekken, {report.Monitoring} monitoringrijen."
                        : $"Niets meer te vergeten / nothing left to forget ({report.Pseudonym}).");
                    return ExitCodes.Success;
                default:
                    var purged = personalData.PurgeExpiredAsync(policy, timeProvider.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
                    output.WriteLine(
                        $"Opgeruimd / purged: {purged.ProcessedActivitiesDeleted} dedupe-rijen, {purged.ConversationReferencesDeleted} gespreksverwijzingen, "
                        + $"{purged.AuditEventsBlanked} auditregels zonder details.");
                    return ExitCodes.Success;
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException))
        {
            error.WriteLine($"Opslag niet bereikbaar / storage unreachable: {ex.InnerExceptions[^1].Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is RequestFailedException or InvalidOperationException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Privacy-actie mislukt / failed: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static bool TryPolicy(CommandOptions options, out RetentionPolicy policy)
    {
        policy = new RetentionPolicy();
        foreach (var (name, apply) in new (string, Func<RetentionPolicy, TimeSpan, RetentionPolicy>)[]
        {
            ("--dedupe-days", (p, t) => p with { ProcessedActivities = t }),
            ("--references-days", (p, t) => p with { ConversationReferences = t }),
            ("--audit-days", (p, t) => p with { AuditDetails = t }),
        })
        {
            if (options[name] is not { } text)
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1)
            {
                return false;
            }

            policy = apply(policy, TimeSpan.FromDays(days));
        }

        return true;
    }
}
