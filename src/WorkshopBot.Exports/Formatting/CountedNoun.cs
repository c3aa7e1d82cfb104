namespace WorkshopBot.Exports.Formatting;

// "1 resultaat", "3 resultaten": both languages of the exports only need a singular and a plural.
internal sealed record CountedNoun(string One, string Many)
{
    public string Count(int count) => $"{count} {(count == 1 ? One : Many)}";
}
