using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Benchmarks;

// `dotnet run -c Release -- roundtrip`: WorkshopService.UpdateWerkgroepAsync(AddNote) against an in-memory
// Azurite (started from node_modules on a free loopback port), the way a bot turn adds a note: read the
// aggregate, apply, save with the ETag, retry on conflict. Not BenchmarkDotNet: what matters here is the
// latency distribution under contention, not a steady-state mean.
public static class AddNoteRoundTrip
{
    // legacy: the loop as it was before group commit (10 attempts, 10 ms doubling to 1 s, no time budget);
    // per-call: every call races on the ETag, with the time budget; gate: one write at a time per
    // werkgroep in this process (group commit with batches of 1); group-commit: what the host runs.
    private static readonly Dictionary<string, WorkshopWriteOptions> Modes = new(StringComparer.Ordinal)
    {
        ["legacy"] = WorkshopWriteOptions.PerCall with
        {
            MaxAttempts = 10,
            BaseBackoff = TimeSpan.FromMilliseconds(10),
            MaxBackoff = TimeSpan.FromSeconds(1),
            RetryBudget = TimeSpan.FromHours(1),
        },
        ["per-call"] = WorkshopWriteOptions.PerCall,
        ["gate"] = WorkshopWriteOptions.GroupCommit with { MaxBatchSize = 1 },
        ["group-commit"] = WorkshopWriteOptions.GroupCommit,
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        // roundtrip [notes per user, default 25] [modes, default legacy,per-call,gate,group-commit]:
        // rows of 1 user × 400 notes, 16 × n and 30 × n for each write mode, interleaved so every mode
        // sees the same machine load.
        var perUser = args.Count > 0 && int.TryParse(args[0], out var n) ? n : 25;
        var modes = args.Count > 1 ? args[1].Split(',') : [.. Modes.Keys];
        await using var azurite = new AzuriteHandle();
        await azurite.Fixture.InitializeAsync();
        await using var tables = azurite.Fixture.CreateTables();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(tables.Configuration);
        builder.AddTableStorage();
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IWorkshopStore>();
        var service = new WorkshopService(store, TimeProvider.System);
        var created = await service.CreateTrajectAsync(now => WorkshopBot.Domain.Trajecten.Traject.Create("t-rt", "Eenzaamheid 2026", "Neder-Betuwe", "Eenzaamheid", "tenant-1", null, LargeBoard.Moderator, now), CancellationToken.None);
        Require(created.IsSuccess, "traject");

        output.WriteLine($"Add-note round trip, Azurite in memory, {perUser} AddNote operations per user (1 user: 400), fresh werkgroep per row.");
        output.WriteLine();
        output.WriteLine("| Mode | Concurrent users | Ops | Errors (code) | p50 ms | p90 ms | p99 ms | max ms | ops/s | saves |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        // A short warm-up so JIT and connection setup do not land in the first row.
        await MeasureAsync(new HookedWorkshopStore(store), "w-warmup", "legacy", users: 1, totalOps: 30);
        foreach (var users in new[] { 1, 16, 30 })
        {
            foreach (var mode in modes)
            {
                var row = await MeasureAsync(new HookedWorkshopStore(store), $"w-{users}-{mode}", mode, users, users == 1 ? 400 : users * perUser);
                output.WriteLine(row);
            }
        }

        await host.StopAsync();
        return 0;
    }

    private static async Task<string> MeasureAsync(HookedWorkshopStore store, string werkgroepId, string mode, int users, int totalOps)
    {
        var service = new WorkshopService(store, TimeProvider.System, Modes[mode]);
        var started = await service.StartWerkgroepAsync(
            "t-rt",
            (traject, now) => Werkgroep.Start(traject, werkgroepId, "Werkgroep ontmoeting", new ConversationBinding($"19:meeting_{werkgroepId}@thread.v2", ConversationKind.Meeting), LargeBoard.Moderator, now),
            CancellationToken.None);
        Require(started.IsSuccess, "werkgroep");
        for (var step = WorkshopLimits.FirstStep; step <= WorkshopLimits.LastStep; step++)
        {
            var open = await service.UpdateWerkgroepAsync(werkgroepId, (w, now) => w.OpenStep(LargeBoard.Moderator, step, now), CancellationToken.None);
            Require(open.IsSuccess, $"open step {step}");
        }

        var setupSaves = store.WerkgroepSaves;
        var opsPerUser = totalOps / users;
        var latencies = new double[opsPerUser * users];
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            var actor = LargeBoard.Participant(user);
            for (var i = 0; i < opsPerUser; i++)
            {
                // Spread each user's notes over the six steps: the domain allows 200 notes per person per step.
                var step = WorkshopLimits.FirstStep + (i % WorkshopLimits.LastStep);
                var noteId = $"n-{user}-{i}";
                var text = $"Idee {i} van deelnemer {user}: meer ontmoetingsplekken in de kernen";
                var timer = Stopwatch.StartNew();
                var result = await service.UpdateWerkgroepAsync(werkgroepId, (w, now) => w.AddNote(actor, noteId, step, text, now), CancellationToken.None);
                latencies[(user * opsPerUser) + i] = timer.Elapsed.TotalMilliseconds;
                if (!result.IsSuccess)
                {
                    errors.AddOrUpdate(result.Error!.Code, 1, (_, count) => count + 1);
                }
            }
        })));
        wall.Stop();

        Array.Sort(latencies);
        return FormattableString.Invariant(
            $"| {mode} | {users} | {latencies.Length} | {Errors(errors)} | {Percentile(latencies, 0.50):F1} | {Percentile(latencies, 0.90):F1} | {Percentile(latencies, 0.99):F1} | {latencies[^1]:F1} | {latencies.Length / wall.Elapsed.TotalSeconds:F0} | {store.WerkgroepSaves - setupSaves} |");
    }

    private static string Errors(IReadOnlyDictionary<string, int> errors) =>
        errors.Count == 0 ? "0" : string.Join(", ", errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Value} {e.Key}"));

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Setting up the round trip failed at: {what}.");
        }
    }

    private sealed class AzuriteHandle : IAsyncDisposable
    {
        public AzuriteFixture Fixture { get; } = new();

        public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();
    }
}
