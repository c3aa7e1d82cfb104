using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Cli.Commands;
using WorkshopBot.Domain.Ports;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Cli;

public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly InMemoryWorkshopStore _store = new();
    private string? _connectionString;
    private Exception? _storageFailure;

    public async Task InitializeAsync()
    {
        var werkgroep = TestWorkshop.Werkgroep("w-1")
            .WithOpenStep(2)
            .ProposeIndicator(TestWorkshop.Moderator, "i-1", 2, new WorkshopBot.Domain.Items.Indicator { Name = "Percentage 65-plussers dat zich eenzaam voelt" }, TestWorkshop.Now)
            .Ok();
        await _store.SaveTrajectAsync(TestWorkshop.Traject("t-1"), null, [], default);
        await _store.SaveWerkgroepAsync(werkgroep, null, [], default);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    // The store the command opens: reads fail once _storageFailure is set (as the Azure SDK fails when
    // storage is unreachable), and the export must never write.
    private IWorkshopStore OpenStore(string connectionString)
    {
        _connectionString = connectionString;
        return new HookedWorkshopStore(_store)
        {
            AfterWerkgroepLoad = (_, _) => _storageFailure is null ? Task.CompletedTask : Task.FromException(_storageFailure),
            BeforeWerkgroepSave = (_, _) => throw new NotSupportedException("The export command must not write."),
        };
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ExportCommand.Run(args, output, error, OpenStore, new FakeTimeProvider(TestWorkshop.Now.ToUniversalTime()));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_Json_WritesTheWerkgroepWithItsTraject()
    {
        var path = _temp.File("export.json");

        var (code, output, error) = Run("json", "--werkgroep", "w-1", "--out", path, "--connection-string", "UseDevelopmentStorage=true");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("export.json", output, StringComparison.Ordinal);
        Assert.Equal("UseDevelopmentStorage=true", _connectionString);
        var json = File.ReadAllText(path);
        Assert.Contains("Percentage 65-plussers dat zich eenzaam voelt", json, StringComparison.Ordinal);
        Assert.Contains("Neder-Betuwe", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
    }

    [Fact]
    public void Run_MarkdownInEnglish_UsesEnglishLabels()
    {
        var dutch = _temp.File("nl.md");
        var english = _temp.File("en.md");

        Run("md", "--werkgroep", "w-1", "--out", dutch, "--connection-string", "x");
        var (code, _, _) = Run("md", "--werkgroep", "w-1", "--out", english, "--lang", "en", "--connection-string", "x");

        Assert.Equal(ExitCodes.Success, code);
        Assert.NotEqual(File.ReadAllText(dutch, Encoding.UTF8), File.ReadAllText(english, Encoding.UTF8));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("word")]
    [InlineData("Excel")]
    public void Run_OfficeFormats_WriteAZipPackage(string format)
    {
        var path = _temp.File("export." + format);

        var (code, _, error) = Run(format, "--werkgroep", "w-1", "--out", path, "--connection-string", "x");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(path)[..2]);
    }

    [Fact]
    public void Run_UnknownWerkgroep_FailsWithoutWritingAFile()
    {
        var path = _temp.File("export.csv");

        var (code, _, error) = Run("csv", "--werkgroep", "w-404", "--out", path, "--connection-string", "x");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("w-404", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Run_StorageUnreachable_FailsWithAMessageInsteadOfAStackTrace()
    {
        _storageFailure = new AggregateException(new Azure.RequestFailedException("Connection refused (127.0.0.1:10002)"));
        var path = _temp.File("export.json");

        var (code, _, error) = Run("json", "--werkgroep", "w-1", "--out", path, "--connection-string", "x");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("Connection refused", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("pdf", "--werkgroep", "w-1", "--out", "x.pdf", "--connection-string", "x")]
    [InlineData("json", "--out", "x.json", "--connection-string", "x")]
    [InlineData("json", "--werkgroep", "w-1", "--connection-string", "x")]
    [InlineData("--werkgroep", "w-1", "--out", "x.json", "--connection-string", "x")]
    public void Run_BadArguments_ReturnsUsage(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEmpty(error);
        Assert.Null(_connectionString);
    }
}
