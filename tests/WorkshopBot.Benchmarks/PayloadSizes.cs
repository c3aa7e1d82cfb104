using WorkshopBot.Cards;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Benchmarks;

// `dotnet run -c Release -- sizes`: the bytes each payload puts on the wire, which BenchmarkDotNet does not report.
public static class PayloadSizes
{
    public static int Run(TextWriter output)
    {
        output.WriteLine("| Payload | Notes | Bytes | KB |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var count in new[] { 500, 2000 })
        {
            var werkgroep = LargeBoard.WithNotes(count);
            Row(output, "Board note list (BoardData proxy), UTF-8 JSON", count, BoardData.Serialize(werkgroep, LargeBoard.Participant(3).UserId).Length);
            var card = StepCard.Build(CardViewFactory.Step(werkgroep, LargeBoard.Step, LargeBoard.Moderator.UserId, "https://workshopbot.example.nl/board/w-bench"), CardLanguage.Dutch);
            Row(output, "Step card JSON (moderator)", count, System.Text.Encoding.UTF8.GetByteCount(CardJson.Serialize(card)));
        }

        return 0;
    }

    private static void Row(TextWriter output, string name, int notes, int bytes) =>
        output.WriteLine($"| {name} | {notes} | {bytes:N0} | {bytes / 1024.0:F1} |");
}
