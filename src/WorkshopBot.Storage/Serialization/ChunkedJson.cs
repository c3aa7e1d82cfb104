using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WorkshopBot.Storage.Serialization;

// An aggregate stored in one table row: JSON, Brotli-compressed and split over the row's Data0..DataN
// binary columns, because one binary property holds at most 64 KiB and an entity at most 1 MiB. Used by
// the werkgroep/traject state rows and the summary review rows alike.
internal static class ChunkedJson
{
    public const string Format = "json+br/1";
    public const int ChunkSize = 64 * 1024;

    // "what" names the value in errors ("werkgroep w-1", "summary review r-1").
    public static void Write<T>(ChunkedJsonRow entity, int maxChunks, T value, JsonTypeInfo<T> typeInfo, string what)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunks, ChunkedJsonRow.MaxColumns);

        // Fastest first: the state row is rewritten on every change of a busy meeting, so CPU per save counts
        // more than the last bytes of the row. Only a value that would not fit that way is compressed harder,
        // so what fits in a row is the same as before. Readers do not care which level wrote it.
        byte[] compressed = Compress(value, typeInfo, CompressionLevel.Fastest);
        if (compressed.Length > maxChunks * ChunkSize)
        {
            compressed = Compress(value, typeInfo, CompressionLevel.Optimal);
        }

        int chunks = Math.Max(1, (compressed.Length + ChunkSize - 1) / ChunkSize);
        if (chunks > maxChunks)
        {
            throw new InvalidOperationException(
                $"{what} is {compressed.Length} bytes compressed; a table row holds at most {maxChunks * ChunkSize}.");
        }

        for (int i = 0; i < chunks; i++)
        {
            int offset = i * ChunkSize;
            entity.SetChunk(i, compressed.AsSpan(offset, Math.Min(ChunkSize, compressed.Length - offset)).ToArray());
        }

        entity.ChunkCount = chunks;
        entity.Format = Format;
    }

    private static byte[] Compress<T>(T value, JsonTypeInfo<T> typeInfo, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, level, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, value, typeInfo);
        }

        return buffer.ToArray();
    }

    public static T Read<T>(ChunkedJsonRow entity, JsonTypeInfo<T> typeInfo, string what)
    {
        if (entity.Format != Format)
        {
            throw new InvalidDataException($"Unknown format '{entity.Format}' in {what}.");
        }

        using var compressed = new MemoryStream();
        for (int i = 0; i < entity.ChunkCount; i++)
        {
            compressed.Write(entity.GetChunk(i) ?? throw new InvalidDataException($"Chunk {i} of {what} is missing."));
        }

        compressed.Position = 0;
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(brotli, typeInfo)
            ?? throw new InvalidDataException($"{what} holds no value.");
    }
}
