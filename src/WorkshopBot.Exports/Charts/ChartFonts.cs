using ScottPlot;
using SkiaSharp;

namespace WorkshopBot.Exports.Charts;

// Charts draw their text with DejaVu Sans embedded in this assembly, not with whatever fonts the host has:
// SkiaSharp's Linux NoDependencies build reads no fontconfig, and an App Service container may have no fonts
// at all, which would leave the axes without labels. The same font everywhere also keeps text widths,
// and so the layout, identical on every machine.
internal static class ChartFonts
{
    public const string Family = "WorkshopBot DejaVu Sans";

    private static readonly SKTypeface Typeface = Load();

    static ChartFonts()
    {
        // ScottPlot asks its resolvers in order; ours answers only for its own family name.
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
    }

    // Touching the class runs the static constructor exactly once, before the first plot is built.
    public static void EnsureRegistered() => _ = Typeface;

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream("WorkshopBot.Exports.Charts.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The embedded chart font is missing from the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("The embedded chart font could not be read.");
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            fontName == Family ? Typeface : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? Typeface : null;
    }
}
