using BenchmarkDotNet.Attributes;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Benchmarks;

// The burst of issue 14 (40 people adding notes to ONE werkgroep): what one add-note costs in the domain and
// for the caller's answer card, on a board of 100 and of 1,000 notes in the step. Per note the bot runs the
// add through the size guard (WorkshopService.UpdateWerkgroepAsync) and renders the caller's step card
// (WorkshopActivityHandler); the storage diff is covered by WerkgroepRows' tests, not here. The board is
// built through the domain like a meeting fills it: 40 participants, one note per add, no voting round.
[MemoryDiagnoser]
public class AddNoteBoardSizeBenchmarks
{
    private const string BoardUrl = "https://workshopbot.example.nl/board/w-burst";
    private const int People = 40;

    private Werkgroep werkgroep = null!;
    private int sequence;

    [Params(100, 1000)]
    public int Notes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var board = LargeBoard.Empty("w-burst");
        for (int i = 0; i < Notes; i++)
        {
            board = board.AddNotes(LargeBoard.Participant(i % People), $"a{i}", LargeBoard.Step, [$"Idee {i} voor meer ontmoeting in de wijk"], LargeBoard.Now).Value.Aggregate;
        }

        werkgroep = board;
    }

    // The domain part of one add: the rule, its events and the size guard, as the group commit applies it.
    [Benchmark(Baseline = true)]
    public Werkgroep AddNote() => Add().Aggregate;

    // The add plus the answer the caller gets: their step card, rendered from the werkgroep after the add.
    [Benchmark]
    public string AddNoteAndAnswerCard()
    {
        var actor = LargeBoard.Participant(sequence % People);
        var after = Add(actor).Aggregate;
        return CardJson.Serialize(StepCard.Build(CardViewFactory.Step(after, LargeBoard.Step, actor.UserId, BoardUrl), Language.Dutch));
    }

    // Console mode `addnote [runs]`: CPU time per operation (process CPU over the runs, single thread), which a
    // machine shared with other builds disturbs far less than wall-clock time.
    public static int RunCpu(string[] args, TextWriter output)
    {
        int runs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;
        output.WriteLine($"{"operation",-36} {"notes",6} {"runs",6} {"CPU µs/op",10} {"wall p50 µs",12} {"alloc KB/op",12}");
        foreach (int notes in new[] { 100, 1000 })
        {
            var benchmarks = new AddNoteBoardSizeBenchmarks { Notes = notes };
            benchmarks.Setup();
            Measure("add note (domain + size guard)", notes, () => benchmarks.AddNote());
            Measure("add note + caller's answer card", notes, () => benchmarks.AddNoteAndAnswerCard());
        }

        return 0;

        void Measure(string name, int notes, Func<object> operation)
        {
            // Warm up twice with a pause between, so the tiered JIT has promoted the hot methods before the
            // measured runs (without it the first row measured tier-0 code: twice the CPU of the second).
            for (int warmup = 0; warmup < 2; warmup++)
            {
                for (int i = 0; i < runs / 10; i++)
                {
                    operation();
                }

                Thread.Sleep(500);
            }

            var walls = new double[runs];
            var process = System.Diagnostics.Process.GetCurrentProcess();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < runs; i++)
            {
                long started = System.Diagnostics.Stopwatch.GetTimestamp();
                operation();
                walls[i] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }

            double allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / runs;
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / runs;
            Array.Sort(walls);
            output.WriteLine($"{name,-36} {notes,6} {runs,6} {cpu,10:F0} {walls[runs / 2],12:F0} {allocated,12:F1}");
        }
    }

    private Change<Werkgroep> Add(Actor? actor = null)
    {
        int n = Interlocked.Increment(ref sequence);
        actor ??= LargeBoard.Participant(n % People);
        var result = WerkgroepCapacity.Guard(werkgroep, werkgroep.AddNotes(actor, $"burst-{n}", LargeBoard.Step, ["Een buurtkamer die ook 's avonds open is"], LargeBoard.Now));
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message);
    }
}
