namespace WorkshopBot.Domain.Localization;

public static class Languages
{
    // Dutch is the default; only an explicit en* locale (en, en-US, en-GB…) switches to English.
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? Language.English
            : Language.Dutch;
}
