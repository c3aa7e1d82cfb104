using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace WorkshopBot.Deployment.Tests;

/// <summary>
/// A minimal PNG decoder (8-bit greyscale, RGB, RGBA, grey+alpha; no interlacing) so the icon
/// checks need no imaging package. Pixels are returned as RGBA.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte ColorType { get; }

    public bool HasAlphaChannel => ColorType is 4 or 6;

    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public static PngImage Decode(byte[] data)
    {
        if (data.Length < Signature.Length || !data.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file (bad signature).");
        }

        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0, interlace = 0;
        using var idat = new MemoryStream();
        var offset = Signature.Length;
        var sawEnd = false;
        while (offset + 12 <= data.Length && !sawEnd)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset));
            var type = Encoding.ASCII.GetString(data, offset + 4, 4);
            var body = data.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    bitDepth = body[8];
                    colorType = body[9];
                    interlace = body[12];
                    break;
                case "IDAT":
                    idat.Write(body);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
            }

            offset += 12 + length;
        }

        if (width <= 0 || height <= 0 || !sawEnd)
        {
            throw new InvalidDataException("PNG is missing IHDR or IEND.");
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"PNG colour type {colorType} is not supported by this checker (use RGB or RGBA)."),
        };
        if (bitDepth != 8 || interlace != 0)
        {
            throw new InvalidDataException($"PNG must be 8 bits per channel and not interlaced (bit depth {bitDepth}, interlace {interlace}).");
        }

        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var scanlines = raw.ToArray();

        var stride = width * channels;
        if (scanlines.Length != (stride + 1) * height)
        {
            throw new InvalidDataException($"PNG image data has {scanlines.Length} bytes, expected {(stride + 1) * height}.");
        }

        var pixels = Unfilter(scanlines, height, stride, channels);
        return new PngImage(width, height, colorType, ToRgba(pixels, width * height, channels));
    }

    private static byte[] Unfilter(byte[] scanlines, int height, int stride, int bytesPerPixel)
    {
        var output = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = scanlines[y * (stride + 1)];
            var source = scanlines.AsSpan((y * (stride + 1)) + 1, stride);
            var row = output.AsSpan(y * stride, stride);
            var previous = y > 0 ? output.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var x = 0; x < stride; x++)
            {
                var left = x >= bytesPerPixel ? row[x - bytesPerPixel] : 0;
                var up = previous[x];
                var upLeft = x >= bytesPerPixel ? previous[x - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter type {filter} in row {y}."),
                };
                row[x] = (byte)(source[x] + predictor);
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int count, int channels)
    {
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            var s = i * channels;
            var d = i * 4;
            switch (channels)
            {
                case 1:
                    rgba[d] = rgba[d + 1] = rgba[d + 2] = pixels[s];
                    rgba[d + 3] = 255;
                    break;
                case 2:
                    rgba[d] = rgba[d + 1] = rgba[d + 2] = pixels[s];
                    rgba[d + 3] = pixels[s + 1];
                    break;
                case 3:
                    rgba[d] = pixels[s];
                    rgba[d + 1] = pixels[s + 1];
                    rgba[d + 2] = pixels[s + 2];
                    rgba[d + 3] = 255;
                    break;
                default:
                    pixels.AsSpan(s, 4).CopyTo(rgba.AsSpan(d, 4));
                    break;
            }
        }

        return rgba;
    }
}
