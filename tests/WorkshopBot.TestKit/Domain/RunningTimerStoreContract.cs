using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using Xunit;

namespace WorkshopBot.TestKit.Domain;

// The behaviour every IRunningTimerStore must have. Derive per implementation (in-memory in Domain.Tests,
// Table storage against Azurite in IntegrationTests) and supply the store.
public abstract class RunningTimerStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);
    private readonly string _run = Guid.NewGuid().ToString("N")[..10];
    private IRunningTimerStore? _store;

    protected IRunningTimerStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ListDueAsync_EndedAndRunningTimers_ReturnsOnlyTheEndedOnesExactly()
    {
        // Sub-millisecond ticks: the announcer compares this instant with the werkgroep's own timer.
        var ended = Timer("ended/#?", Now.AddTicks(-1234567), Language.English);
        var running = Timer("running", Now.AddMinutes(5), Language.Dutch);
        await Store.WatchAsync(ended, default);
        await Store.WatchAsync(running, default);

        var due = await Store.ListDueAsync(Now, default);

        Assert.Equal([ended], due);
    }

    [Fact]
    public async Task WatchAsync_Restarted_ReplacesTheEarlierTimer()
    {
        var first = Timer("w", Now.AddMinutes(-1), Language.Dutch);
        var restarted = first with { EndsAt = Now.AddMinutes(-0.5) };
        await Store.WatchAsync(first, default);
        await Store.WatchAsync(restarted, default);

        var due = await Store.ListDueAsync(Now, default);

        Assert.Equal([restarted], due);
    }

    [Fact]
    public async Task ForgetAsync_SameTimer_RemovesIt()
    {
        var timer = Timer("w", Now.AddMinutes(-1), Language.Dutch);
        await Store.WatchAsync(timer, default);

        await Store.ForgetAsync(timer, default);

        Assert.Empty(await Store.ListDueAsync(Now, default));
    }

    [Fact]
    public async Task ForgetAsync_TimerRestartedMeanwhile_KeepsTheNewOne()
    {
        var announced = Timer("w", Now.AddMinutes(-2), Language.Dutch);
        var restarted = announced with { EndsAt = Now.AddMinutes(-1) };
        await Store.WatchAsync(restarted, default);

        await Store.ForgetAsync(announced, default);

        Assert.Equal([restarted], await Store.ListDueAsync(Now, default));
    }

    [Fact]
    public async Task ForgetAsync_NothingWatched_DoesNothing()
    {
        await Store.ForgetAsync(Timer("w", Now, Language.Dutch), default);

        Assert.Empty(await Store.ListDueAsync(Now, default));
    }

    protected abstract Task<IRunningTimerStore> CreateStoreAsync();

    private RunningTimer Timer(string werkgroep, DateTimeOffset endsAt, Language language) =>
        new($"{_run}-{werkgroep}", $"19:{_run}-{werkgroep}@thread.v2", endsAt, language);
}
