namespace WorkshopBot.Exports.Formatting;

// "R1 · Minder eenzame ouderen": how every human-facing export puts an item's readable number before its
// text. Without a number (the "not yet linked" group) the text stands alone; the stored id never shows.
internal static class NumberedLabel
{
    public static string Of(string number, string text) => number.Length > 0 ? $"{number} · {text}" : text;
}
