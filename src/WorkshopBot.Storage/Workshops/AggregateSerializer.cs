using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WorkshopBot.Storage.Workshops;

internal static class AggregateSerializer
{
    public const string Format = "json+br/1";

    public static void Write<T>(WorkshopStateEntity entity, T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, value, typeInfo);
        }

        byte[] compressed = buffer.ToArray();
        int chunks = Math.Max(1, (compressed.Length + WorkshopStateEntity.ChunkSize - 1) / WorkshopStateEntity.ChunkSize);
        if (chunks > WorkshopStateEntity.MaxChunks)
        {
            throw new InvalidOperationException(
                $"{entity.Kind} {entity.PartitionKey} is {compressed.Length} bytes compressed; a table entity holds at most {WorkshopStateEntity.MaxChunks * WorkshopStateEntity.ChunkSize}.");
        }

        for (int i = 0; i < chunks; i++)
        {
            int offset = i * WorkshopStateEntity.ChunkSize;
            entity.SetChunk(i, compressed.AsSpan(offset, Math.Min(WorkshopStateEntity.ChunkSize, compressed.Length - offset)).ToArray());
        }

        entity.ChunkCount = chunks;
        entity.Format = Format;
    }

    public static T Read<T>(WorkshopStateEntity entity, JsonTypeInfo<T> typeInfo)
    {
        if (entity.Format != Format)
        {
            throw new InvalidDataException($"Unknown state format '{entity.Format}' in partition {entity.PartitionKey}.");
        }

        using var compressed = new MemoryStream();
        for (int i = 0; i < entity.ChunkCount; i++)
        {
            compressed.Write(entity.GetChunk(i) ?? throw new InvalidDataException($"Chunk {i} of {entity.PartitionKey} is missing."));
        }

        compressed.Position = 0;
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(brotli, typeInfo)
            ?? throw new InvalidDataException($"Partition {entity.PartitionKey} holds no aggregate.");
    }
}
