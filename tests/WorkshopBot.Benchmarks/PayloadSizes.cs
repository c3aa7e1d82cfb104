using System.IO.Compression;
using WorkshopBot.Cards;
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
            Row(output, "Board note list (BoardData proxy), UTF-8 JSON", count, BoardData.Serialize(werkgroep, LargeBoard.Participant(3).UserId));
            var card = StepCard.Build(CardViewFactory.Step(werkgroep, LargeBoard.Step, LargeBoard.Moderator.UserId, "https://workshopbot.example.nl/board/w-bench"), CardLanguage.Dutch);
            Row(output, "Step card JSON (moderator)", count, System.Text.Encoding.UTF8.GetBytes(CardJson.Serialize(card)));
        }

        return 0;
    }

    // Compressed sizes too: ASP.NET Core can compress the board response, Teams card payloads are not.
    private static void Row(TextWriter output, string name, int notes, byte[] payload) =>
        output.WriteLine(FormattableString.Invariant(
            $"| {name} | {notes} | {payload.Length:N0} | {payload.Length / 1024.0:F1} | {Compressed(payload, s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true)) / 1024.0:F1} | {Compressed(payload, s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true)) / 1024.0:F1} |"));

    private static long Compressed(byte[] payload, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(payload);
        }

        return buffer.Length;
    }
}
