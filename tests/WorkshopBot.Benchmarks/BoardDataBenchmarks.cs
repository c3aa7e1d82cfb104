using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Benchmarks;

// Issue target: board data for 2,000 notes in < 50 ms server time and < 300 KB. Measures what GET
// /api/boards/{id} does after loading the werkgroep: BoardViewFactory.Build + serialize (participant and
// moderator view), and the same plus Brotli/gzip at the level the host uses. The full GET against the
// in-process host (storage read, auth, ETag, compression) is `dotnet run -c Release -- boardget`;
// payload sizes are `dotnet run -c Release -- sizes`.
[MemoryDiagnoser]
public class BoardDataBenchmarks
{
    private Werkgroep werkgroep = null!;
    private byte[] participantJson = null!;

    [Params(2000)]
    public int Notes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        werkgroep = LargeBoard.WithNotes(Notes);
        participantJson = BoardView.Json(werkgroep, BoardView.ParticipantViewer);
    }

    [Benchmark(Baseline = true)]
    public byte[] BoardViewJsonParticipant() => BoardView.Json(werkgroep, BoardView.ParticipantViewer);

    [Benchmark]
    public byte[] BoardViewJsonModerator() => BoardView.Json(werkgroep, BoardView.ModeratorViewer);

    [Benchmark]
    public long BrotliFastestOnly() => BoardView.Brotli(participantJson);

    [Benchmark]
    public long GzipFastestOnly() => BoardView.Gzip(participantJson);

    [Benchmark]
    public long BrotliOptimalOnly() => BoardView.Brotli(participantJson, CompressionLevel.Optimal);

    [Benchmark]
    public int CardViewAllNotes() => CardViewFactory.Step(werkgroep, LargeBoard.Step, LargeBoard.Participant(3).UserId, boardUrl: null).Notes.Count;
}
