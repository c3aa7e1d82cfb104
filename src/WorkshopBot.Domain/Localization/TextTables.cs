using System.Globalization;

namespace WorkshopBot.Domain.Localization;

// What every text table (CardText, MessageText, CoachText, ExportText, BoardText, CoachReportText) shares:
// choosing the table for a language (Dutch unless English is asked for) and filling a template's {0}, {1}…
// with invariant formatting, so numbers and dates never follow the server's culture.
public static class TextTables
{
    public static T For<T>(Language language, T dutch, T english) => language == Language.English ? english : dutch;

    public static string Fill(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
