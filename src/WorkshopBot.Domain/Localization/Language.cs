namespace WorkshopBot.Domain.Localization;

// The one language type of the product: cards, chat replies, board server text, exports and coach
// messages are all worded per Language through compile-checked text tables.
public enum Language
{
    Dutch = 0,
    English = 1,
}
