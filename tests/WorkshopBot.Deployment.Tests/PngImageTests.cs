using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace WorkshopBot.Deployment.Tests;

// The icon checks are only as good as the decoder, so it is tested on PNGs built here with
// every filter type (the committed icons only use filter 0).
public sealed class PngImageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_RgbaWithFilter_ReturnsOriginalPixels(byte filter)
    {
        var pixels = Pattern(5, 4);
        var png = Encode(5, 4, pixels, filter);

        var image = PngImage.Decode(png);

        Assert.Equal((5, 4), (image.Width, image.Height));
        Assert.Equal(pixels, image.Rgba);
    }

    [Fact]
    public void Decode_NotAPng_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PngImage.Decode(Encoding.ASCII.GetBytes("GIF89a not a png")));
    }

    private static byte[] Pattern(int width, int height)
    {
        var pixels = new byte[width * height * 4];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 37) + (i / 7));
        }

        return pixels;
    }

    private static byte[] Encode(int width, int height, byte[] rgba, byte filter)
    {
        var stride = width * 4;
        var raw = new byte[(stride + 1) * height];
        for (var y = 0; y < height; y++)
        {
            raw[y * (stride + 1)] = filter;
            for (var x = 0; x < stride; x++)
            {
                int value = rgba[(y * stride) + x];
                int left = x >= 4 ? rgba[(y * stride) + x - 4] : 0;
                int up = y > 0 ? rgba[((y - 1) * stride) + x] : 0;
                int upLeft = x >= 4 && y > 0 ? rgba[((y - 1) * stride) + x - 4] : 0;
                var predictor = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                raw[(y * (stride + 1)) + 1 + x] = (byte)(value - predictor);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    // The decoder ignores CRCs, so zeros are fine here.
    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        stream.Write(Encoding.ASCII.GetBytes(type));
        stream.Write(data);
        stream.Write(new byte[4]);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
