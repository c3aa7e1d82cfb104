using BenchmarkDotNet.Attributes;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;

namespace WorkshopBot.Benchmarks;

// Issue target: building the step card for a board of 500 notes takes < 5 ms. Includes the size
// check (serialisation) the builder does to stay under 80 KB.
[MemoryDiagnoser]
public class StepCardBenchmarks
{
    private StepCardView moderatorView = null!;
    private StepCardView participantView = null!;
    private StepCardView silentView = null!;

    [GlobalSetup]
    public void Setup()
    {
        moderatorView = SampleViews.StepCard(noteCount: 500, viewer: SampleViews.Moderator, voting: true, timer: true);
        participantView = SampleViews.StepCard(noteCount: 500, viewer: SampleViews.Participant, voting: true);
        silentView = SampleViews.StepCard(noteCount: 500, viewer: SampleViews.Participant, silent: true);
    }

    [Benchmark(Baseline = true)]
    public string Moderator500Notes() => CardJson.Serialize(StepCard.Build(moderatorView, Language.Dutch));

    [Benchmark]
    public string Participant500Notes() => CardJson.Serialize(StepCard.Build(participantView, Language.Dutch));

    [Benchmark]
    public string SilentBrainstorm500Notes() => CardJson.Serialize(StepCard.Build(silentView, Language.Dutch));
}
