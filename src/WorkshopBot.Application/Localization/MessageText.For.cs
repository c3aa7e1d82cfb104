using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Application.Localization;

public sealed partial record MessageText
{
    public static MessageText For(Language language) => TextTables.For(language, Dutch, English);

    public static string Fill(string template, params object?[] values) => TextTables.Fill(template, values);
}
