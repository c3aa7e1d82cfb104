namespace WorkshopBot.Storage.Serialization;

// A table row that stores one value with ChunkedJson in the columns Format, ChunkCount and Data0..Data13.
// Each row type passes its own limit to ChunkedJson.Write (at most MaxColumns); the Data columns above
// that limit stay null, and the Table service stores no column for a null property.
internal abstract class ChunkedJsonRow : TableRow
{
    public const int MaxColumns = 14;

    protected ChunkedJsonRow(string partitionKey = "", string rowKey = "")
        : base(partitionKey, rowKey)
    {
    }

    public string Format { get; set; } = "";

    public int ChunkCount { get; set; }

    public byte[]? Data0 { get; set; }

    public byte[]? Data1 { get; set; }

    public byte[]? Data2 { get; set; }

    public byte[]? Data3 { get; set; }

    public byte[]? Data4 { get; set; }

    public byte[]? Data5 { get; set; }

    public byte[]? Data6 { get; set; }

    public byte[]? Data7 { get; set; }

    public byte[]? Data8 { get; set; }

    public byte[]? Data9 { get; set; }

    public byte[]? Data10 { get; set; }

    public byte[]? Data11 { get; set; }

    public byte[]? Data12 { get; set; }

    public byte[]? Data13 { get; set; }

    public byte[]? GetChunk(int index) => index switch
    {
        0 => Data0, 1 => Data1, 2 => Data2, 3 => Data3, 4 => Data4, 5 => Data5, 6 => Data6,
        7 => Data7, 8 => Data8, 9 => Data9, 10 => Data10, 11 => Data11, 12 => Data12, 13 => Data13,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public void SetChunk(int index, byte[] chunk)
    {
        switch (index)
        {
            case 0: Data0 = chunk; break;
            case 1: Data1 = chunk; break;
            case 2: Data2 = chunk; break;
            case 3: Data3 = chunk; break;
            case 4: Data4 = chunk; break;
            case 5: Data5 = chunk; break;
            case 6: Data6 = chunk; break;
            case 7: Data7 = chunk; break;
            case 8: Data8 = chunk; break;
            case 9: Data9 = chunk; break;
            case 10: Data10 = chunk; break;
            case 11: Data11 = chunk; break;
            case 12: Data12 = chunk; break;
            case 13: Data13 = chunk; break;
            default: throw new ArgumentOutOfRangeException(nameof(index));
        }
    }
}
