using WorkshopBot.Domain.Services;

namespace WorkshopBot.Domain.Tests.Services;

public sealed class KeyedWriteQueueTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Enqueue_WhileTheKeyIsBeingWritten_BatchesTheWaitingItemsInArrivalOrder()
    {
        var writer = new RecordingWriter(holdFirstBatch: true);
        var queue = writer.Queue(maxBatchSize: 10);

        queue.Enqueue("w-1", 0);
        await writer.FirstBatchStarted.WaitAsync(Wait);
        for (int i = 1; i <= 5; i++)
        {
            queue.Enqueue("w-1", i);
        }

        writer.ReleaseFirstBatch();
        await writer.WaitForItemsAsync(6);

        Assert.Equal([[0], [1, 2, 3, 4, 5]], writer.Batches("w-1"));
    }

    [Fact]
    public async Task Enqueue_MoreThanMaxBatchSizeWaiting_SplitsIntoBatchesOfAtMostThatSize()
    {
        var writer = new RecordingWriter(holdFirstBatch: true);
        var queue = writer.Queue(maxBatchSize: 3);

        queue.Enqueue("w-1", 0);
        await writer.FirstBatchStarted.WaitAsync(Wait);
        for (int i = 1; i <= 7; i++)
        {
            queue.Enqueue("w-1", i);
        }

        writer.ReleaseFirstBatch();
        await writer.WaitForItemsAsync(8);

        Assert.Equal([[0], [1, 2, 3], [4, 5, 6], [7]], writer.Batches("w-1"));
    }

    [Fact]
    public async Task Enqueue_ManyConcurrentCallers_NeverWritesOneKeyTwiceAtOnce()
    {
        var writer = new RecordingWriter(holdFirstBatch: false);
        var queue = writer.Queue(maxBatchSize: 4);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => queue.Enqueue("w-1", i))));
        await writer.WaitForItemsAsync(200);

        Assert.Equal(1, writer.MaxConcurrentBatchesPerKey);
        Assert.Equal(Enumerable.Range(0, 200), writer.Batches("w-1").SelectMany(b => b).Order());
    }

    [Fact]
    public async Task Enqueue_OtherKeyBusy_DoesNotWaitForIt()
    {
        var writer = new RecordingWriter(holdFirstBatch: true);
        var queue = writer.Queue(maxBatchSize: 10);

        queue.Enqueue("w-1", 1);
        await writer.FirstBatchStarted.WaitAsync(Wait);
        queue.Enqueue("w-2", 2);
        await writer.WaitForItemsAsync(1);

        Assert.Equal([[2]], writer.Batches("w-2"));
        Assert.Empty(writer.Batches("w-1"));
        writer.ReleaseFirstBatch();
        await writer.WaitForItemsAsync(2);
    }

    [Fact]
    public async Task ActiveKeys_AfterAllWorkIsDone_IsZero()
    {
        var writer = new RecordingWriter(holdFirstBatch: false);
        var queue = writer.Queue(maxBatchSize: 10);

        for (int i = 0; i < 50; i++)
        {
            queue.Enqueue($"w-{i}", i);
        }

        await writer.WaitForItemsAsync(50);

        // The drain loop drops its key right after the last batch returns.
        for (int i = 0; i < 1_000 && queue.ActiveKeys > 0; i++)
        {
            await Task.Delay(1);
        }

        Assert.Equal(0, queue.ActiveKeys);
    }

    [Fact]
    public async Task Enqueue_ProcessThrows_FailsThatBatchAndKeepsServingTheKey()
    {
        var failed = new TaskCompletionSource<IReadOnlyList<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var served = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new KeyedWriteQueue<int>(
            10,
            (_, batch) => batch[0] == 1 ? throw new InvalidOperationException("storage down") : Task.FromResult(served.TrySetResult(batch[0])),
            (batch, _) => failed.TrySetResult(batch));

        queue.Enqueue("w-1", 1);
        var failedBatch = await failed.Task.WaitAsync(Wait);
        queue.Enqueue("w-1", 2);

        Assert.Equal([1], failedBatch);
        Assert.Equal(2, await served.Task.WaitAsync(Wait));
    }

    // Records every batch per key; can hold the first batch until released, so later items queue up.
    private sealed class RecordingWriter(bool holdFirstBatch)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, List<int[]>> _batches = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal);
        private readonly TaskCompletionSource _firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<(int Count, TaskCompletionSource Waiter)> _waiters = [];
        private int _items;
        private int _held;

        public Task FirstBatchStarted => _firstStarted.Task;

        public int MaxConcurrentBatchesPerKey { get; private set; }

        public KeyedWriteQueue<int> Queue(int maxBatchSize) => new(maxBatchSize, ProcessAsync, (_, ex) => throw ex);

        public void ReleaseFirstBatch() => _release.TrySetResult();

        public IReadOnlyList<int[]> Batches(string key)
        {
            lock (_lock)
            {
                return _batches.TryGetValue(key, out var list) ? list.ToArray() : [];
            }
        }

        public Task WaitForItemsAsync(int count)
        {
            lock (_lock)
            {
                if (_items >= count)
                {
                    return Task.CompletedTask;
                }

                var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, waiter));
                return waiter.Task.WaitAsync(Wait);
            }
        }

        private async Task ProcessAsync(string key, IReadOnlyList<int> batch)
        {
            lock (_lock)
            {
                int running = _running.GetValueOrDefault(key) + 1;
                _running[key] = running;
                MaxConcurrentBatchesPerKey = Math.Max(MaxConcurrentBatchesPerKey, running);
            }

            if (holdFirstBatch && Interlocked.Exchange(ref _held, 1) == 0)
            {
                _firstStarted.TrySetResult();
                await _release.Task;
            }
            else
            {
                await Task.Yield();
            }

            lock (_lock)
            {
                _running[key]--;
                if (!_batches.TryGetValue(key, out var list))
                {
                    _batches[key] = list = [];
                }

                list.Add(batch.ToArray());
                _items += batch.Count;
                foreach (var (count, waiter) in _waiters.Where(w => w.Count <= _items).ToArray())
                {
                    waiter.TrySetResult();
                    _waiters.Remove((count, waiter));
                }
            }
        }
    }
}
