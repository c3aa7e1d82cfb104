using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Coaching.Localization;

public sealed partial record CoachText
{
    public static CoachText For(Language language) => TextTables.For(language, Dutch, English);

    public static string Fill(string template, params object?[] values) => TextTables.Fill(template, values);
}
