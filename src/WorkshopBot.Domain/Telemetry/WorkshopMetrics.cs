using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkshopBot.Domain.Telemetry;

// The bot's own measurements, on one meter: what people did (commands by verb and outcome, notes added) and
// how storage held up (ETag conflicts that were retried or gave up, requests Table storage could not answer).
// Counters and one histogram only: recording is a few nanoseconds without a listener and allocation-free
// with one (TagList), so the hot path writes no log line per request. The host exports the meter through
// OpenTelemetry (Web/Hosting/ObservabilityExtensions); `dotnet-counters monitor --counters WorkshopBot`
// reads it locally. Tag values come from closed sets (verbs, error codes, steps): never ids or user text.
public sealed class WorkshopMetrics
{
    public const string MeterName = "WorkshopBot";

    public const string Commands = "workshopbot.commands";
    public const string CommandDuration = "workshopbot.command.duration";
    public const string NotesAdded = "workshopbot.notes.added";
    public const string StorageConflicts = "workshopbot.storage.conflicts";
    public const string StorageUnavailable = "workshopbot.storage.unavailable";

    // Tag names.
    public const string Verb = "verb";
    public const string Outcome = "outcome";
    public const string Code = "code";
    public const string Step = "step";
    public const string Aggregate = "aggregate";
    public const string Reason = "reason";

    // Outcome values: done (also a redelivery that changed nothing), refused by a rule (with its error
    // code), or failed with an exception (storage unreachable, turn budget spent, a bug).
    public const string Ok = "ok";
    public const string Refused = "refused";
    public const string Error = "error";

    // Conflict outcomes: reloaded and tried again, or gave up with "too-busy".
    public const string Retried = "retried";
    public const string GaveUp = "gave-up";

    // The same buckets as ASP.NET Core's http.server.request.duration, so both read alike.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly Counter<long> commands;
    private readonly Histogram<double> commandDuration;
    private readonly Counter<long> notesAdded;
    private readonly Counter<long> storageConflicts;
    private readonly Counter<long> storageUnavailable;

    public WorkshopMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        commands = meter.CreateCounter<long>(Commands, "{command}", "Werkgroep commands from cards, dialogs, chat and the board, by verb and outcome.");
        commandDuration = meter.CreateHistogram(
            CommandDuration,
            "s",
            "Time from a werkgroep command's lookup to its saved (or refused) result, by verb and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        notesAdded = meter.CreateCounter<long>(NotesAdded, "{note}", "Notes added to a werkgroep, by step (a redelivered click adds none).");
        storageConflicts = meter.CreateCounter<long>(StorageConflicts, "{conflict}", "Saves that lost an ETag race (412) and reloaded, or gave up (too-busy), by aggregate.");
        storageUnavailable = meter.CreateCounter<long>(StorageUnavailable, "{request}", "Table storage requests that failed after the client's retries: unreachable, timeout, throttled or server error.");
    }

    public void CommandHandled(string verb, string outcome, string? code, long startTimestamp)
    {
        var tags = new TagList { { Verb, verb }, { Outcome, outcome } };
        if (code is not null)
        {
            tags.Add(Code, code);
        }

        commands.Add(1, tags);
        commandDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
    }

    public void NotesAddedInStep(int count, int step)
    {
        if (count > 0)
        {
            notesAdded.Add(count, new KeyValuePair<string, object?>(Step, step));
        }
    }

    public void StorageConflict(string aggregate, bool gaveUp) =>
        storageConflicts.Add(1, new KeyValuePair<string, object?>(Aggregate, aggregate), new KeyValuePair<string, object?>(Outcome, gaveUp ? GaveUp : Retried));

    public void StorageRequestFailed(string reason) =>
        storageUnavailable.Add(1, new KeyValuePair<string, object?>(Reason, reason));
}
