using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WorkshopBot.Storage.Serialization;

// A value stored in one table row: JSON split over the row's Data0..DataN binary columns, because one
// binary property holds at most 64 KiB and an entity at most 1 MiB. Aggregates (the werkgroep/traject
// state rows, the summary review rows) are Brotli-compressed ("json+br/1"); small values written on every
// change (a werkgroep's note rows) are plain UTF-8 JSON ("json/1"). Readers take either.
internal static class ChunkedJson
{
    public const string Format = "json+br/1";
    public const string PlainFormat = "json/1";
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

        SetChunks(entity, maxChunks, compressed, Format, what);
    }

    public static void WritePlain<T>(ChunkedJsonRow entity, int maxChunks, T value, JsonTypeInfo<T> typeInfo, string what) =>
        SetChunks(entity, maxChunks, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), PlainFormat, what);

    public static T Read<T>(ChunkedJsonRow entity, JsonTypeInfo<T> typeInfo, string what) =>
        Read(entity.Format, entity.ChunkCount, entity.GetChunk, typeInfo, what);

    public static T Read<T>(string? format, int chunkCount, Func<int, byte[]?> chunk, JsonTypeInfo<T> typeInfo, string what)
    {
        if (format is not (Format or PlainFormat))
        {
            throw new InvalidDataException($"Unknown format '{format}' in {what}.");
        }

        if (format == PlainFormat && chunkCount == 1)
        {
            return JsonSerializer.Deserialize(chunk(0) ?? throw new InvalidDataException($"Chunk 0 of {what} is missing."), typeInfo)
                ?? throw new InvalidDataException($"{what} holds no value.");
        }

        using var joined = new MemoryStream();
        for (int i = 0; i < chunkCount; i++)
        {
            joined.Write(chunk(i) ?? throw new InvalidDataException($"Chunk {i} of {what} is missing."));
        }

        joined.Position = 0;
        if (format == PlainFormat)
        {
            return JsonSerializer.Deserialize(joined, typeInfo) ?? throw new InvalidDataException($"{what} holds no value.");
        }

        using var brotli = new BrotliStream(joined, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(brotli, typeInfo)
            ?? throw new InvalidDataException($"{what} holds no value.");
    }

    private static void SetChunks(ChunkedJsonRow entity, int maxChunks, byte[] bytes, string format, string what)
    {
        int chunks = Math.Max(1, (bytes.Length + ChunkSize - 1) / ChunkSize);
        if (chunks > maxChunks)
        {
            throw new InvalidOperationException(
                $"{what} is {bytes.Length} bytes stored; a table row holds at most {maxChunks * ChunkSize}.");
        }

        if (chunks == 1)
        {
            entity.SetChunk(0, bytes);
        }
        else
        {
            for (int i = 0; i < chunks; i++)
            {
                int offset = i * ChunkSize;
                entity.SetChunk(i, bytes.AsSpan(offset, Math.Min(ChunkSize, bytes.Length - offset)).ToArray());
            }
        }

        entity.ChunkCount = chunks;
        entity.Format = format;
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
}
