using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Hosting;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Benchmarks;

// `dotnet run -c Release -- boardget [requests]`: the full GET /api/boards/{id} for a 2,000-note board
// against the host composed as Program.cs does (Kestrel on 127.0.0.1:0, tables on an in-memory Azurite,
// development identity), timed from the client: storage read, access check, view, JSON, ETag,
// compression. Reports latency percentiles and the bytes on the wire per Accept-Encoding, plus the 304.
public static class BoardGetRoundTrip
{
    private const string WerkgroepId = "w-bench";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var requests = args.Count > 0 && int.TryParse(args[0], out var n) ? n : 50;
        var notes = args.Count > 1 && int.TryParse(args[1], out var m) ? m : 2000;
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            await using var tables = azurite.CreateTables();
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();

            // Development would validate the whole container, including bot services this board-only
            // composition leaves out (like the integration tests' BoardApiHost, which runs as Production).
            builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
            builder.Configuration.AddInMemoryCollection(tables.Configuration);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Board:DevelopmentIdentity"] = "true" });
            builder.AddWorkshopTables();
            builder.AddWorkshopDomain();
            builder.AddBoardIdentity();
            builder.AddWorkshopBotHandler();
            builder.AddBoardApi();
            await using var app = builder.Build();
            app.MapBoardApi();
            await app.StartAsync();

            var seeded = Stopwatch.StartNew();
            await SeedAsync(app.Services.GetRequiredService<WorkshopService>(), notes);
            output.WriteLine($"Full GET /api/boards/{{id}}, {notes} notes, in-process host + Azurite in memory, {requests} sequential requests per row (seeded in {seeded.Elapsed.TotalSeconds:F1} s).");
            output.WriteLine();
            output.WriteLine("| Viewer | Accept-Encoding | Status | Bytes on the wire | p50 ms | p90 ms | max ms |");
            output.WriteLine("|---|---|---:|---:|---:|---:|---:|");

            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            foreach (var (viewer, userId) in new[] { ("participant", LargeBoard.Participant(3).UserId), ("moderator", LargeBoard.Moderator.UserId) })
            {
                var path = $"/api/boards/{WerkgroepId}?{BoardAuthentication.DevUserQuery}={Uri.EscapeDataString(userId)}";
                string? etag = null;
                foreach (var encoding in new[] { "", "gzip", "br" })
                {
                    var row = await MeasureAsync(client, path, encoding, ifNoneMatch: null, requests);
                    etag = row.ETag;
                    output.WriteLine(FormattableString.Invariant($"| {viewer} | {(encoding.Length == 0 ? "none" : encoding)} | {row.Status} | {row.Bytes:N0} | {row.P50:F1} | {row.P90:F1} | {row.Max:F1} |"));
                }

                var notModified = await MeasureAsync(client, path, "br", etag, requests);
                output.WriteLine(FormattableString.Invariant($"| {viewer} | br + If-None-Match | {notModified.Status} | {notModified.Bytes:N0} | {notModified.P50:F1} | {notModified.P90:F1} | {notModified.Max:F1} |"));
            }

            await app.StopAsync();
            return 0;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task SeedAsync(WorkshopService service, int notes)
    {
        Require((await service.CreateTrajectAsync(now => WorkshopBot.Domain.Trajecten.Traject.Create("t-bench", "Eenzaamheid 2026", "Neder-Betuwe", "Eenzaamheid", "tenant-1", null, LargeBoard.Moderator, now), CancellationToken.None)).IsSuccess, "traject");
        Require((await service.StartWerkgroepAsync("t-bench", (traject, now) => Werkgroep.Start(traject, WerkgroepId, "Werkgroep ontmoeting", new ConversationBinding($"19:meeting_{WerkgroepId}@thread.v2", ConversationKind.Meeting), LargeBoard.Moderator, now), CancellationToken.None)).IsSuccess, "werkgroep");
        Require((await service.UpdateWerkgroepAsync(WerkgroepId, (w, now) => w.OpenStep(LargeBoard.Moderator, LargeBoard.Step, now), CancellationToken.None)).IsSuccess, "open step");
        foreach (var operation in LargeBoard.Operations(notes))
        {
            var result = await service.UpdateWerkgroepAsync(WerkgroepId, (w, now) => operation(w, now), CancellationToken.None);
            Require(result.IsSuccess, result.Error?.Code ?? "operation");
        }
    }

    private static async Task<Row> MeasureAsync(HttpClient client, string path, string encoding, string? ifNoneMatch, int requests)
    {
        // Two warm-up requests so JIT and the first table read do not land in the numbers.
        var latencies = new double[requests];
        Row? last = null;
        for (var i = -2; i < requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (encoding.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            }

            if (ifNoneMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            }

            var timer = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = timer.Elapsed.TotalMilliseconds;
            if (i >= 0)
            {
                latencies[i] = elapsed;
            }

            last = new Row((int)response.StatusCode, body.Length, response.Headers.ETag?.ToString(), 0, 0, 0);
        }

        Array.Sort(latencies);
        return last! with { P50 = Percentile(latencies, 0.50), P90 = Percentile(latencies, 0.90), Max = latencies[^1] };
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Seeding the board failed at: {what}.");
        }
    }

    private sealed record Row(int Status, long Bytes, string? ETag, double P50, double P90, double Max);
}
