using BenchmarkDotNet.Attributes;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Benchmarks;

// Issue target: the step card for a board of 500 notes in < 5 ms, measured over the whole path a bot turn
// takes: domain werkgroep -> CardViewFactory.Step -> StepCard.Build (incl. its 80 KB size check) -> JSON.
// StepCardBenchmarks starts from a ready-made view; this one includes the domain-to-view translation.
[MemoryDiagnoser]
public class DomainStepCardBenchmarks
{
    private const string BoardUrl = "https://workshopbot.example.nl/board/w-bench";

    private Werkgroep werkgroep = null!;

    [Params(500)]
    public int Notes { get; set; }

    [GlobalSetup]
    public void Setup() => werkgroep = LargeBoard.WithNotes(Notes);

    [Benchmark(Baseline = true)]
    public string Moderator() =>
        CardJson.Serialize(StepCard.Build(CardViewFactory.Step(werkgroep, LargeBoard.Step, LargeBoard.Moderator.UserId, BoardUrl, "Eenzaamheid 2026"), Language.Dutch));

    [Benchmark]
    public string Participant() =>
        CardJson.Serialize(StepCard.Build(CardViewFactory.Step(werkgroep, LargeBoard.Step, LargeBoard.Participant(3).UserId, BoardUrl, "Eenzaamheid 2026"), Language.Dutch));

    // The shared card everyone sees when more than 60 people are in the chat.
    [Benchmark]
    public string Shared() =>
        CardJson.Serialize(StepCard.Build(CardViewFactory.Step(werkgroep, LargeBoard.Step, viewerId: null, BoardUrl, "Eenzaamheid 2026"), Language.Dutch));
}
