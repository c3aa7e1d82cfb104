using WorkshopBot.Domain.Ports;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Ports;

public sealed class InMemoryRunningTimerStoreTests : RunningTimerStoreContract
{
    protected override Task<IRunningTimerStore> CreateStoreAsync() => Task.FromResult<IRunningTimerStore>(new InMemoryRunningTimerStore());
}
