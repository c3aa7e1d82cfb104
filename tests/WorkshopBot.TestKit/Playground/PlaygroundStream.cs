using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace WorkshopBot.TestKit.Playground;

// The websocket /_ws_conversation/v1/conversations/stream: every message the bot creates or updates
// in a conversation the current user belongs to. The Playground broadcasts to all connected clients
// and buffers frames only while nobody is connected (the next client to connect gets them), so
// connect before acting and filter by conversation. PlaygroundClient.ConnectLogAsync reads the log
// websocket the same way (its frames only in PlaygroundEvent.Raw).
public sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PlaygroundEvent> _events = [];
    private readonly HashSet<int> _consumed = [];
    private readonly object _gate = new();
    private TaskCompletionSource _changed = NewSignal();
    private Exception? _failure;
    private bool _closed;
    private Task _receiveLoop = Task.CompletedTask;

    private PlaygroundStream(ClientWebSocket socket)
    {
        _socket = socket;
    }

    public IReadOnlyList<PlaygroundEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    internal const string ConversationStreamPath = "/_ws_conversation/v1/conversations/stream";
    internal const string LogStreamPath = "/_ws/log/stream";

    internal static async Task<PlaygroundStream> ConnectAsync(Uri baseUri, string path, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(baseUri) { Scheme = "ws", Path = path }.Uri;
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var stream = new PlaygroundStream(socket);
        stream._receiveLoop = Task.Run(stream.ReceiveLoopAsync, CancellationToken.None);
        return stream;
    }

    // Returns the earliest not yet returned event that matches, waiting for it if needed. Each event
    // is returned at most once, so waiting for "the welcome" and then "the echo" works regardless of
    // the order in which the bot sent them.
    public async Task<PlaygroundEvent> WaitForAsync(
        Func<PlaygroundEvent, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (var i = 0; i < _events.Count; i++)
                {
                    if (!_consumed.Contains(i) && predicate(_events[i]))
                    {
                        _consumed.Add(i);
                        return _events[i];
                    }
                }

                if (_closed)
                {
                    throw new InvalidOperationException(
                        $"The Playground stream closed before a matching event arrived. Received:\n{Describe()}", _failure);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lock (_gate)
                {
                    throw new TimeoutException(
                        $"No matching Playground event within {timeout}. Received so far:\n{Describe()}");
                }
            }
        }
    }

    // Every event since the stream connected, in arrival order, then new ones as they come.
    public async IAsyncEnumerable<PlaygroundEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = 0;
        while (true)
        {
            Task changed;
            PlaygroundEvent? item = null;
            lock (_gate)
            {
                if (next < _events.Count)
                {
                    item = _events[next++];
                }
                else if (_closed)
                {
                    yield break;
                }

                changed = _changed.Task;
            }

            if (item is not null)
            {
                yield return item;
                continue;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The Playground may already be gone.
        }

        await _receiveLoop;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var json = JsonSerializer.Deserialize<JsonElement>(frame.ToArray());
                frame.SetLength(0);
                Publish(PlaygroundEvent.Parse(json));
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException)
        {
            _failure = ex;
        }
        finally
        {
            lock (_gate)
            {
                _closed = true;
                Signal();
            }
        }
    }

    private void Publish(PlaygroundEvent item)
    {
        lock (_gate)
        {
            _events.Add(item);
            Signal();
        }
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private string Describe()
    {
        var text = new StringBuilder();
        foreach (var item in _events)
        {
            text.Append("  ").Append(item.Action).Append(" in ").Append(item.ConversationId)
                .Append(": ").AppendLine(item.Text ?? (item.Card is null ? "(no text)" : "(adaptive card)"));
        }

        return text.Length == 0 ? "  (nothing)" : text.ToString();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
