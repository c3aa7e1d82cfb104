using WorkshopBot.Coaching.Text;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Text;

public sealed class DutchTokenizerTests
{
    [Theory]
    [InlineData("cliënten", "clienten")]
    [InlineData("Cliënten", "clienten")]
    [InlineData("75-plussers", "75plussers")]
    [InlineData("baby’s", "babys")]
    [InlineData("sociaal-emotioneel", "sociaalemotioneel")]
    public void Tokenize_Word_FoldsCaseDiacriticsAndInnerHyphens(string text, string expected)
    {
        var tokens = DutchTokenizer.Tokenize(text);

        var token = Assert.Single(tokens);
        Assert.Equal(expected, token.Text);
        Assert.Equal(TokenKind.Word, token.Kind);
    }

    [Theory]
    [InlineData("drie", 3)]
    [InlineData("twintig", 20)]
    [InlineData("dertig", 30)]
    [InlineData("vijfentwintig", 25)]
    [InlineData("tweeënveertig", 42)]
    [InlineData("honderd", 100)]
    [InlineData("honderdvijftig", 150)]
    [InlineData("driehonderdvijfenzestig", 365)]
    [InlineData("tweeduizend", 2000)]
    [InlineData("anderhalf", 1.5)]
    [InlineData("1.000", 1000)]
    [InlineData("7,5", 7.5)]
    [InlineData("2027", 2027)]
    public void Tokenize_Numeral_ParsesValue(string text, double expected)
    {
        var tokens = DutchTokenizer.Tokenize(text);

        var token = Assert.Single(tokens);
        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(expected, token.Value, 3);
    }

    [Theory]
    [InlineData("een")]
    [InlineData("één")]
    [InlineData("vieren")]
    [InlineData("tienen")]
    public void Tokenize_ArticleOrLookalike_IsNotANumber(string text)
    {
        var tokens = DutchTokenizer.Tokenize(text);

        Assert.Equal(TokenKind.Word, Assert.Single(tokens).Kind);
    }

    [Fact]
    public void Tokenize_PercentAndYearRange_SplitsIntoTokensThatPointIntoTheText()
    {
        const string text = "Van 40% naar 30% (2026-2027).";

        var tokens = DutchTokenizer.Tokenize(text);

        Assert.Equal(["van", "40", "%", "naar", "30", "%", "(", "2026", "-", "2027", ")", "."], tokens.Select(t => t.Text));
        Assert.Equal("2026", text[tokens[7].Start..tokens[7].End]);
        Assert.True(tokens[9].IsYear);
    }
}
