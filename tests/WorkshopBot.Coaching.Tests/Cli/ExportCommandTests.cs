using System.Text;
using System.Text.Json;
using WorkshopBot.Cli.Commands;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly Actor Moderator = new("29:moderator", "Mirjam de Vries", "Gemeente Neder-Betuwe");

    private readonly TempDirectory _temp = new();
    private readonly FakeWorkshopStore _store = new();
    private string? _connectionString;

    public ExportCommandTests()
    {
        var traject = Traject.Create("t-1", "Eenzaamheid 2026", "Neder-Betuwe", "Eenzaamheid", "tenant-1", null, Moderator, Now).Value.Aggregate;
        var werkgroep = Werkgroep.Start(traject, "w-1", "Werkgroep ontmoeting", new ConversationBinding("19:meeting_w-1@thread.v2", ConversationKind.Meeting), Moderator, Now).Value.Aggregate;
        werkgroep = werkgroep.OpenStep(Moderator, 2, Now).Value.Aggregate;
        werkgroep = werkgroep.ProposeIndicator(Moderator, "i-1", 2, new WorkshopBot.Domain.Items.Indicator { Name = "Percentage 65-plussers dat zich eenzaam voelt" }, Now).Value.Aggregate;
        _store.Trajecten["t-1"] = traject;
        _store.Werkgroepen["w-1"] = werkgroep;
    }

    public void Dispose() => _temp.Dispose();

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ExportCommand.Run(args, output, error, cs => { _connectionString = cs; return _store; }, new FixedTimeProvider(Now));
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
        _store.Failure = new AggregateException(new Azure.RequestFailedException("Connection refused (127.0.0.1:10002)"));
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
