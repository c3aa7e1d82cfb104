using BenchmarkDotNet.Attributes;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Benchmarks;

// Issue target: board data for 2,000 notes in < 50 ms server time and < 300 KB. The board API
// (src/WorkshopBot.Web/Board) was not on main yet, so this measures the paths that do exist: a proxy of the
// board's note list (BoardData) and the domain-to-card-view translation for all notes. (The JSON export
// carries results and indicators, not notes, so it says nothing about board size.)
// Payload sizes: `dotnet run -c Release -- sizes`.
[MemoryDiagnoser]
public class BoardDataBenchmarks
{
    private Werkgroep werkgroep = null!;

    [Params(2000)]
    public int Notes { get; set; }

    [GlobalSetup]
    public void Setup() => werkgroep = LargeBoard.WithNotes(Notes);

    [Benchmark(Baseline = true)]
    public byte[] BoardNotesJson() => BoardData.Serialize(werkgroep, LargeBoard.Participant(3).UserId);

    [Benchmark]
    public int CardViewAllNotes() => CardViewFactory.Step(werkgroep, LargeBoard.Step, LargeBoard.Participant(3).UserId, boardUrl: null).Notes.Count;
}
