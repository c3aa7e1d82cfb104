using System.Globalization;
using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Coaching.Localization;

public sealed partial record CoachText
{
    public static CoachText For(Language language) => language switch
    {
        Language.English => English,
        _ => Dutch,
    };

    public static string Fill(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
