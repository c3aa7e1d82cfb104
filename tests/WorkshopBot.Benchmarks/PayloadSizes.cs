using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Benchmarks;

// `dotnet run -c Release -- sizes`: the bytes each payload puts on the wire, which BenchmarkDotNet does not report.
public static class PayloadSizes
{
    public static int Run(TextWriter output)
    {
        output.WriteLine("| Payload | Notes | Bytes | KB | gzip KB | brotli KB |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var count in new[] { 500, 2000 })
        {
            var werkgroep = LargeBoard.WithNotes(count);
            Row(output, "Board GET body, participant", count, BoardView.Json(werkgroep, BoardView.ParticipantViewer));
            Row(output, "Board GET body, moderator", count, BoardView.Json(werkgroep, BoardView.ModeratorViewer));
            var card = StepCard.Build(CardViewFactory.Step(werkgroep, LargeBoard.Step, LargeBoard.Moderator.UserId, "https://workshopbot.example.nl/board/w-bench"), Language.Dutch);
            Row(output, "Step card JSON (moderator)", count, System.Text.Encoding.UTF8.GetBytes(CardJson.Serialize(card)));
        }

        return 0;
    }

    // Compressed at the level the host uses (Fastest), which is what goes on the wire for the board.
    private static void Row(TextWriter output, string name, int notes, byte[] payload) =>
        output.WriteLine(FormattableString.Invariant(
            $"| {name} | {notes} | {payload.Length:N0} | {payload.Length / 1024.0:F1} | {BoardView.Gzip(payload) / 1024.0:F1} | {BoardView.Brotli(payload) / 1024.0:F1} |"));
}
