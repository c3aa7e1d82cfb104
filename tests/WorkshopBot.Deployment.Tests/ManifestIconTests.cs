namespace WorkshopBot.Deployment.Tests;

[Trait("Category", "Integration")]
public sealed class ManifestIconTests
{
    private static PngImage Load(string name) =>
        PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestDirectory, name)));

    [Fact]
    public void ColorIcon_Is192SquareAndOpaqueWhereItMatters()
    {
        var icon = Load("color.png");

        var centre = icon.Pixel(96, 96);
        var opaque = CountPixels(icon, p => p.A == 255);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(255, centre.A);
        // A full-colour tile: most of it is painted (only the rounded corners may be transparent).
        Assert.True(opaque > 192 * 192 * 0.9, $"only {opaque} opaque pixels");
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var icon = Load("outline.png");

        var notWhite = CountPixels(icon, p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255));
        var transparent = CountPixels(icon, p => p.A == 0);
        var solidWhite = CountPixels(icon, p => p.A == 255);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel, "the outline icon needs an alpha channel");
        Assert.Equal(0, notWhite);
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.True(transparent > 32 * 32 / 4, $"only {transparent} transparent pixels");
        Assert.True(solidWhite > 32 * 32 / 10, $"only {solidWhite} solid white pixels: the glyph would be hard to see");
    }

    private static int CountPixels(PngImage image, Func<(byte R, byte G, byte B, byte A), bool> predicate)
    {
        var count = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (predicate(image.Pixel(x, y)))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
