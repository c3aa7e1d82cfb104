using System.Buffers;
using System.Text.Json;

namespace WorkshopBot.Cards.Building;

// Measures the UTF-8 size of a JSON tree without building a string: the writer writes into one
// scratch buffer that is reused, and only the advanced byte count is kept. Uses the default encoder
// (non-ASCII escaped as \uXXXX), which is the largest form a serializer would send.
internal sealed class ByteCounter : IBufferWriter<byte>
{
    [ThreadStatic]
    private static ByteCounter? current;

    private readonly byte[] scratch = new byte[16 * 1024];
    private readonly Utf8JsonWriter writer;
    private long count;

    private ByteCounter()
    {
        writer = new Utf8JsonWriter(this);
    }

    public static int Measure(JsonNode node)
    {
        var counter = current ??= new ByteCounter();
        counter.count = 0;
        counter.writer.Reset(counter);
        node.WriteTo(counter.writer);
        counter.writer.Flush();
        return checked((int)counter.count);
    }

    public void Advance(int count) => this.count += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => sizeHint <= scratch.Length ? scratch : new byte[sizeHint];

    public Span<byte> GetSpan(int sizeHint = 0) => sizeHint <= scratch.Length ? scratch : new byte[sizeHint];
}
