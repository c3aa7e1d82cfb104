using WorkshopBot.Cli.Deployment;

namespace WorkshopBot.Deployment.Tests;

public sealed class EnvFileTests
{
    [Fact]
    public void Parse_CommentsQuotesAndExport_ReturnsValues()
    {
        var content = "# generated\n\nexport HOST_NAME=bot.example.nl\r\nPUBLISHER_NAME=\"Gemeente Neder-Betuwe\"\nAPP_VERSION='1.2.0'\n";

        var parsed = EnvFile.Parse(content);

        Assert.True(parsed.Succeeded);
        Assert.Equal("bot.example.nl", parsed.Values["HOST_NAME"]);
        Assert.Equal("Gemeente Neder-Betuwe", parsed.Values["PUBLISHER_NAME"]);
        Assert.Equal("1.2.0", parsed.Values["APP_VERSION"]);
        Assert.Equal(3, parsed.Values.Count);
    }

    [Fact]
    public void Parse_ValueContainingEquals_KeepsEverythingAfterFirstEquals()
    {
        var parsed = EnvFile.Parse("SSO_RESOURCE=api://host/id?x=1");

        Assert.Equal("api://host/id?x=1", parsed.Values["SSO_RESOURCE"]);
    }

    [Fact]
    public void Parse_LineWithoutEqualsAndDuplicateKey_ReportsBothWithLineNumbers()
    {
        var parsed = EnvFile.Parse("BOT_ID=a\nthis is not a setting\nBOT_ID=b\n");

        Assert.False(parsed.Succeeded);
        Assert.Equal(["Line 2: expected KEY=VALUE.", "Line 3: BOT_ID is set more than once."], parsed.Errors);
    }
}
