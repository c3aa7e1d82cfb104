using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Xunit;

namespace WorkshopBot.TestKit.Azurite;

// A real Table service for integration tests: the one at AZURITE_TABLE_ENDPOINT, or an in-memory Azurite
// started from the repo's node_modules on a free loopback port. It never skips: without Azurite the tests
// fail and say how to get it. Use as a collection fixture ([Collection(AzuriteFixture.CollectionName)]
// with a [CollectionDefinition] in the test assembly).
//
// Persistent(...) makes one that keeps its data in a directory (--location) and can be stopped and started
// again on the same port and directory, as a Table service outage looks to the app (issue 13, finding 9).
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string CollectionName = "Azurite";
    public const string EndpointVariable = "AZURITE_TABLE_ENDPOINT";

    // The well-known development storage account key (public, documented; not a secret).
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly StringBuilder _output = new();
    private readonly string? _location;
    private Process? _process;
    private string? _connectionString;
    private int _port;

    public AzuriteFixture()
    {
    }

    private AzuriteFixture(string location)
    {
        _location = location;
    }

    // An Azurite of its own that saves to a fresh directory (deleted on dispose), never the shared
    // AZURITE_TABLE_ENDPOINT: a test that stops the service must not stop everybody's.
    public static AzuriteFixture Persistent() =>
        new(Directory.CreateTempSubdirectory("workshopbot-azurite-").FullName);

    public bool IsRunning => _process is { HasExited: false };

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("Azurite is not started yet.");

    public string TableEndpoint { get; private set; } = "";

    public async Task InitializeAsync()
    {
        string? endpoint = _location is null ? Environment.GetEnvironmentVariable(EndpointVariable) : null;
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            TableEndpoint = endpoint.TrimEnd('/');
            _connectionString = ConnectionStringFor(TableEndpoint);
            await WaitUntilReadyAsync();
            return;
        }

        // Test projects run in parallel: another process can take the free port between FreePort() and
        // Azurite's listen. Azurite then exits with EADDRINUSE, and another port is tried.
        for (var attempt = 1; ; attempt++)
        {
            _port = FreePort();
            TableEndpoint = $"http://127.0.0.1:{_port}/devstoreaccount1";
            _connectionString = ConnectionStringFor(TableEndpoint);
            _process = StartAzurite(_port);
            try
            {
                await WaitUntilReadyAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && ExitedWithAddressInUse(_process))
            {
                _process.Dispose();
                lock (_output)
                {
                    _output.Clear();
                }
            }
        }
    }

    // Stops the service the way an operator would (SIGINT: Azurite saves to its --location and exits), so
    // everything it acknowledged is on disk. Only for a Persistent() Azurite.
    public async Task StopAsync()
    {
        var process = OwnPersistentProcess();
        if (process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run kill -INT."))
        {
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"azurite-table did not exit within {StopTimeout.TotalSeconds:0} s of SIGINT. Output:\n{Output()}");
        }
    }

    // Starts it again on the same port and --location and waits until it answers.
    public async Task StartAgainAsync()
    {
        var previous = OwnPersistentProcess();
        if (!previous.HasExited)
        {
            throw new InvalidOperationException("Azurite is still running; stop it first.");
        }

        previous.Dispose();
        _process = StartAzurite(_port);
        await WaitUntilReadyAsync();
    }

    public Task DisposeAsync()
    {
        DisposeProcess();
        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A temp directory left behind is harmless.
            }
        }

        return Task.CompletedTask;
    }

    private Process OwnPersistentProcess() =>
        _location is not null && _process is { } process
            ? process
            : throw new InvalidOperationException("Only an Azurite made with AzuriteFixture.Persistent() and started can be stopped and started again.");

    private void DisposeProcess()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
            _process = null;
        }
    }

    // A table prefix for one test class (or test); disposing it deletes the tables that start with it.
    // The well-known development account against any table endpoint (tests also use it for an
    // endpoint where nothing listens).
    public static string ConnectionStringFor(string tableEndpoint) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint={tableEndpoint};";

    public AzuriteTables CreateTables() => new(new TableServiceClient(ConnectionString), ConnectionString);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindAzuriteTable()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkshopBot.sln")))
            {
                string bin = Path.Combine(dir.FullName, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite-table.cmd" : "azurite-table");
                return File.Exists(bin)
                    ? bin
                    : throw new InvalidOperationException(
                        $"Azurite is not installed: {bin} does not exist. Run `npm ci` in {dir.FullName}, or set {EndpointVariable} to a running Azurite table endpoint.");
            }
        }

        throw new InvalidOperationException($"Could not find WorkshopBot.sln above {AppContext.BaseDirectory} to locate node_modules/.bin/azurite-table.");
    }

    private Process StartAzurite(int port)
    {
        var start = new ProcessStartInfo(FindAzuriteTable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --disableTelemetry keeps Azurite from phoning home (PROTOCOL.md §5); --inMemoryPersistence keeps tests
        // off the disk, except for a Persistent() one, which must keep its data across a restart.
        string[] persistence = _location is null ? ["--inMemoryPersistence"] : ["--location", _location];
        foreach (string arg in (string[])[
            "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. persistence, "--skipApiVersionCheck", "--disableTelemetry", "--silent"])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start azurite-table.");
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var client = new TableServiceClient(ConnectionString);
        var deadline = DateTime.UtcNow + StartupTimeout;
        Exception? last = null;
        var attempts = 0;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true } exited)
            {
                throw new InvalidOperationException(
                    $"azurite-table exited with code {exited.ExitCode} before it answered. Output:\n{Output()}\nRun `npm ci` if Azurite is missing.");
            }

            try
            {
                // Each try may take longer than the last: on a machine busy with parallel builds a freshly
                // started Azurite can need several seconds for its first answer.
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Min(10, 2 * ++attempts)));
                await client.GetPropertiesAsync(attempt.Token);
                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
            {
                last = ex;
            }

            await Task.Delay(200);
        }

        DisposeProcess();
        throw new InvalidOperationException(
            $"Azurite did not answer at {TableEndpoint} within {StartupTimeout.TotalSeconds:0} s. Run `npm ci` (it installs azurite) or set {EndpointVariable}. Output:\n{Output()}",
            last);
    }

    private bool ExitedWithAddressInUse(Process process)
    {
        if (!process.HasExited)
        {
            return false;
        }

        process.WaitForExit(); // also waits until its output is read to the end
        return Output().Contains("EADDRINUSE", StringComparison.Ordinal);
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
