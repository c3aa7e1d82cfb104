namespace WorkshopBot.Cards;

public static class CardLanguages
{
    // Dutch is the default; only an explicit en* locale (en, en-US, en-GB…) switches to English.
    public static CardLanguage FromLocale(string? locale) =>
        locale is not null && locale.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? CardLanguage.English
            : CardLanguage.Dutch;
}
