using WorkshopBot.Domain.Ports;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Ports;

public sealed class InMemoryWorkshopStoreTests : WorkshopStoreContract
{
    protected override Task<IWorkshopStore> CreateStoreAsync() => Task.FromResult<IWorkshopStore>(new InMemoryWorkshopStore());
}
