namespace WorkshopBot.Exports.Formatting;

// Spreadsheet column letters (0 → A, 25 → Z, 26 → AA) for the cell references both Excel exports write.
internal static class ExcelColumns
{
    public static string Name(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
