namespace WorkshopBot.Storage.Serialization;

// A table row that stores one value with ChunkedJson.
internal interface IChunkedJsonEntity
{
    string Format { get; set; }

    int ChunkCount { get; set; }

    byte[]? GetChunk(int index);

    void SetChunk(int index, byte[] chunk);
}
