using System.IO.Compression;
using System.Text.Json;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Board;

namespace WorkshopBot.Benchmarks;

// The board's GET body as the host builds it: BoardViewFactory.Build -> UTF-8 JSON (same options as
// BoardApiEndpoints), and the Brotli/gzip levels BoardResponseCompression uses.
public static class BoardView
{
    public static BoardViewer ParticipantViewer { get; } = new(LargeBoard.Participant(3).UserId, LargeBoard.Participant(3).DisplayName, LargeBoard.Participant(3).Organisation, BoardViewer.Participant, null);

    public static BoardViewer ModeratorViewer { get; } = new(LargeBoard.Moderator.UserId, LargeBoard.Moderator.DisplayName, LargeBoard.Moderator.Organisation, BoardViewer.Moderator, null);

    public static byte[] Json(Werkgroep werkgroep, BoardViewer viewer) =>
        JsonSerializer.SerializeToUtf8Bytes(BoardViewFactory.Build(werkgroep, LargeBoard.Traject(), viewer, activeShareLinks: 0), JsonSerializerOptions.Web);

    public static long Brotli(byte[] payload, CompressionLevel level = CompressionLevel.Fastest) =>
        Compressed(payload, s => new BrotliStream(s, level, leaveOpen: true));

    public static long Gzip(byte[] payload, CompressionLevel level = CompressionLevel.Fastest) =>
        Compressed(payload, s => new GZipStream(s, level, leaveOpen: true));

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
