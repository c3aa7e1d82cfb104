using System.IO.Compression;
using System.Text.Json;
using WorkshopBot.Cli.Commands;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Cli;

public sealed class ManifestCommandTests : IDisposable
{
    private const string ValidEnv = """
        APP_ID=6f1c3a52-0b7e-4f44-9d1a-3a5f0c2e9b71
        BOT_ID=0d2b7c6e-8f1a-4c3b-a9e5-7b4d2c1f8e60
        SSO_CLIENT_ID=9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        HOST_NAME=workshopbot-abc123.azurewebsites.net
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandDispatcher.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_ValidEnvFile_WritesPackageWithTheBotId()
    {
        var env = _temp.File(".env");
        File.WriteAllText(env, ValidEnv);
        var zip = _temp.File("appPackage.zip");

        var (code, output, error) = Run("manifest", "pack", "--env-file", env, "--out", zip, "--manifest-dir", RepositoryRoot.ManifestDirectory);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("manifest.json", output, StringComparison.Ordinal);
        using var archive = ZipFile.OpenRead(zip);
        using var manifest = JsonDocument.Parse(archive.GetEntry("manifest.json")!.Open());
        Assert.Equal("0d2b7c6e-8f1a-4c3b-a9e5-7b4d2c1f8e60", manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
    }

    [Fact]
    public void Run_InvalidValue_PrintsTheProblemAndWritesNothing()
    {
        var env = _temp.File(".env");
        File.WriteAllText(env, ValidEnv.Replace("0d2b7c6e-8f1a-4c3b-a9e5-7b4d2c1f8e60", "not-a-guid", StringComparison.Ordinal));
        var zip = _temp.File("appPackage.zip");

        var (code, _, error) = Run("manifest", "pack", "--env-file", env, "--out", zip, "--manifest-dir", RepositoryRoot.ManifestDirectory);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("BOT_ID must be a GUID", error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void Run_MissingEnvFile_FailsNamingTheFile()
    {
        var missing = _temp.File("nope.env");

        var (code, _, error) = Run("manifest", "pack", "--env-file", missing, "--out", _temp.File("a.zip"));

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("nope.env", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manifest")]
    [InlineData("manifest", "unpack")]
    [InlineData("manifest", "pack", "--out", "x.zip")]
    [InlineData("manifest", "pack", "--env-file", ".env", "--out", "x.zip", "--verbose", "1")]
    public void Run_BadArguments_ReturnsUsage(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEmpty(error);
    }
}
