using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkshopBot.TestKit.Playground;

// The real Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) as a child process,
// started with the flags from PROTOCOL.md §5 so it stays on loopback and never phones home.
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private const int MaxPortAttempts = 3;

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _workingDirectory;

    private PlaygroundProcess(Process process, StringBuilder output, string workingDirectory, int port, string configPath)
    {
        _process = process;
        _output = output;
        _workingDirectory = workingDirectory;
        Port = port;
        ConfigPath = configPath;
    }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    // What the Playground puts in every activity's serviceUrl: no trailing slash.
    public Uri ServiceUrl => new($"http://127.0.0.1:{Port}/_connector");

    public string ConfigPath { get; }

    public string LogPath => Path.Combine(_workingDirectory, "playground.log");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<PlaygroundProcess> StartAsync(PlaygroundOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bin = RepositoryPaths.NodeBin("agentsplayground");
        if (!File.Exists(RepositoryPaths.LoopbackPreload))
        {
            throw new InvalidOperationException($"{RepositoryPaths.LoopbackPreload} is missing.");
        }

        if (!File.Exists(bin))
        {
            throw new InvalidOperationException(
                $"The Agents Playground is not installed ({bin} is missing). Run 'npm ci' in {RepositoryPaths.Root}.");
        }

        var configPath = Path.GetFullPath(options.ConfigPath ?? RepositoryPaths.PlaygroundConfig);
        if (!File.Exists(configPath))
        {
            // Without the file the Playground silently falls back to a built-in tenant.
            throw new FileNotFoundException($"Playground config {configPath} does not exist.", configPath);
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port ?? FreeLoopbackPort();
            var started = await TryStartAsync(bin, configPath, port, options, cancellationToken);
            if (started is not null)
            {
                return started;
            }

            // Another process took the port between our probe and the Playground's listen; it then
            // listens elsewhere while telling the bot the old service URL, so that start was useless.
            if (options.Port is not null || attempt == MaxPortAttempts)
            {
                throw new InvalidOperationException($"The Agents Playground could not listen on port {port}: it was taken.");
            }
        }
    }

    private static async Task<PlaygroundProcess?> TryStartAsync(
        string bin, string configPath, int port, PlaygroundOptions options, CancellationToken cancellationToken)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("playground-").FullName;
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            // By itself the Playground listens on every interface; this preload pins it to 127.0.0.1.
            "--require", RepositoryPaths.LoopbackPreload,
            bin,
            "-e", options.BotEndpoint.ToString(),
            "-c", "msteams",
            "--disable-telemetry",
            "-p", port.ToString(CultureInfo.InvariantCulture),
            "--service-url", $"http://127.0.0.1:{port}/_connector",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Both are needed, or it opens a browser / sends statsbeat telemetry.
        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        startInfo.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "1";
        startInfo.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        startInfo.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workingDirectory, "playground.log");
        // Variables the Playground reads as defaults; a developer's shell must not change what tests see.
        foreach (var name in new[]
        {
            "TEAMSAPPTESTER_PORT", "M365_AGENTS_PLAYGROUND_SERVICE_URL", "M365_AGENTS_PLAYGROUND_CONVERSATION_ID",
            "M365_AGENTS_PLAYGROUND_DELIVERY_MODE", "M365_AGENTS_PLAYGROUND_ENABLE_EVENTS_RECORDING",
            "DEFAULT_CHANNEL_ID", "TEAMS_APP_TEST_TOOL_CONFIG_PATH", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy",
        })
        {
            startInfo.Environment.Remove(name);
        }

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(
            new InvalidOperationException("The Agents Playground exited during startup."));

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            // With stdout not a terminal, the Playground writes "Listening on <port>" once it listens.
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("Could not start 'node' for the Agents Playground; is Node.js installed?", ex);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new PlaygroundProcess(process, output, workingDirectory, port, configPath);

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartupTimeout);
            int actualPort;
            try
            {
                actualPort = await listening.Task.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"The Agents Playground did not start within {options.StartupTimeout}. Output:\n{playground.Output}");
            }

            if (actualPort != port)
            {
                await playground.DisposeAsync();
                return null;
            }

            await playground.WaitUntilAnsweringAsync(timeout.Token);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var pong = await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative), cancellationToken);
                if (pong == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow probe; try again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_workingDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^(?:log )?Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
