namespace WorkshopBot.Domain.Localization;

public static class Languages
{
    // Dutch is the default; only an explicit en* locale (en, en-US, en-GB…) switches to English.
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? Language.English
            : Language.Dutch;

    // The BCP 47 tag for a card's, a reply's or the coach's language.
    public static string Tag(Language language) => language switch
    {
        Language.English => "en",
        _ => "nl",
    };

    // The culture for dates and numbers in that language.
    public static string Locale(Language language) => language switch
    {
        Language.English => "en-GB",
        _ => "nl-NL",
    };
}
