using System.Text.Json;
using WorkshopBot.Cli.Commands;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Cli;

public sealed class CoachCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandDispatcher.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_CoachResultJson_PrintsCriteriaInTheAgreedShape()
    {
        var (code, output, _) = Run("coach", "result", "Regie versterken", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        var criteria = json.RootElement.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(CriterionIds.Result, criteria.Select(c => c.GetProperty("id").GetString()));
        Assert.All(criteria, c => Assert.Contains(c.GetProperty("status").GetString(), new[] { "passed", "failed", "not-applicable" }));
        var concrete = criteria.Single(c => c.GetProperty("id").GetString() == CriterionIds.Concrete);
        Assert.Equal("failed", concrete.GetProperty("status").GetString());
        Assert.Contains("te abstract: wat verandert er dan, en voor wie?", concrete.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, concrete.GetProperty("evidence").ValueKind);
        Assert.False(json.RootElement.TryGetProperty("type", out _));
    }

    [Fact]
    public void Run_CoachIndicatorJson_IncludesTypeAndMode()
    {
        var (code, output, _) = Run("coach", "indicator", "Aantal koffieochtenden", "--definition", "Aantal koffieochtenden per jaar in alle kernen.", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("output", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("count", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal(CriterionIds.Indicator, json.RootElement.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public void Run_LangEn_PrintsEnglishMessages()
    {
        var (_, output, _) = Run("coach", "result", "Regie versterken", "--json", "--lang", "en");

        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.GetProperty("criteria")[0];
        Assert.StartsWith("Say which residents", first.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LangEnWithoutJson_PrintsAnEnglishReport()
    {
        var (code, output, _) = Run("coach", "indicator", "Aantal koffieochtenden", "--lang", "en");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Coach — indicator", output, StringComparison.Ordinal);
        Assert.Contains("type: output, mode: count", output, StringComparison.Ordinal);
        Assert.Contains("✗ Source: Where does the data come from?", output, StringComparison.Ordinal);
        Assert.Contains("Suggestion: This is an output indicator.", output, StringComparison.Ordinal);
        Assert.Contains("Open points: 7 (the coach advises, it never blocks)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutJson_PrintsAReadableDutchReport()
    {
        var (code, output, _) = Run("coach", "result", "Over drie jaar voelen minder 75-plussers zich eenzaam.");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("✓ Doelgroep:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("target-group", output, StringComparison.Ordinal);
        Assert.Contains("✗ Meetbaar:", output, StringComparison.Ordinal);
        Assert.Contains("Open punten: 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ResultFormFields_AreUsedAsEvidence()
    {
        var (_, output, _) = Run("coach", "result", "Eenzaamheid neemt af", "--target-group", "75-plussers", "--horizon", "eind 2027", "--json");

        using var json = JsonDocument.Parse(output);
        var group = json.RootElement.GetProperty("criteria")[0];
        Assert.Equal("passed", group.GetProperty("status").GetString());
        Assert.Equal("doelgroep: 75-plussers", group.GetProperty("evidence")[0].GetString());
    }

    [Theory]
    [InlineData]
    [InlineData("coach")]
    [InlineData("coach", "resultaat", "x")]
    [InlineData("coach", "result")]
    [InlineData("coach", "result", "x", "--onbekend", "y")]
    [InlineData("coach", "result", "twee", "losse woorden")]
    [InlineData("coach", "result", "x", "--step", "9")]
    [InlineData("coach", "indicator", "x", "--existing", "misschien")]
    [InlineData("coach", "indicator", "x", "--type", "effect")]
    [InlineData("onbekend")]
    public void Run_UsageError_ExitsWithTwoAndExplains(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Run_LexiconDirectoryThatDoesNotExist_IsAUsageError()
    {
        var (code, _, error) = Run("coach", "result", "x", "--lexicon", "/geen/map/hier");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("/geen/map/hier", error, StringComparison.Ordinal);
    }
}
