using WorkshopBot.Coaching.Text;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Text;

/// <summary>Round 7: one lexicon entry meets its inflected forms, and not words that only look like them.</summary>
public sealed class DutchStemsTests
{
    [Theory]
    [InlineData("rookt", "roken")]
    [InlineData("gerookt", "roken")]
    [InlineData("slaagt", "slagen")]
    [InlineData("geslaagd", "slagen")]
    [InlineData("redt", "redden")]
    [InlineData("leest", "lezen")]
    [InlineData("blijft", "blijven")]
    [InlineData("durfde", "durven")]
    [InlineData("woonden", "wonen")]
    [InlineData("weten", "weet")]
    [InlineData("uitgestroomd", "uitstromen")]
    [InlineData("teruggekeerd", "terugkeren")]
    [InlineData("dakloze", "dakloos")]
    [InlineData("eenzame", "eenzaam")]
    public void Candidates_InflectedFormInTheText_MeetsTheEntry(string word, string entry)
    {
        Assert.True(Meet(word, entry), $"{word} ~ {entry}");
    }

    [Theory]
    [InlineData("steun", "gesteund")]
    [InlineData("contact", "contacten")]
    [InlineData("buurt", "buren")]
    [InlineData("werken", "werk")]
    [InlineData("geen", "gene")]
    [InlineData("uitstroom", "uitgestroomd")]
    [InlineData("mee", "me")]
    public void Candidates_UninflectedOrLookAlikeWord_DoesNotMeetTheEntry(string word, string entry)
    {
        Assert.False(Meet(word, entry), $"{word} ~ {entry}");
    }

    private static bool Meet(string word, string entry) =>
        DutchStems.Candidates(word, entry: false).Intersect(DutchStems.Candidates(entry, entry: true)).Any();
}
