using System.Globalization;
using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Application.Localization;

public sealed partial record MessageText
{
    public static MessageText For(Language language) => language switch
    {
        Language.English => English,
        _ => Dutch,
    };

    public static string Fill(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
