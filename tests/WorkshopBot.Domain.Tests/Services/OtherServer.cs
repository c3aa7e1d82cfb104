using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Services;

// "Another server" that saves a werkgroep change just before each of the next `times` saves through the
// returned store, so the service's save hits a stale ETag exactly as it would under real contention.
internal static class OtherServer
{
    public static HookedWorkshopStore WritesBefore(InMemoryWorkshopStore store, Func<Werkgroep, Werkgroep> change, int times)
    {
        int remaining = times;
        return new HookedWorkshopStore(store)
        {
            BeforeWerkgroepSave = async (save, cancellationToken) =>
            {
                if (save.ExpectedETag is null || Interlocked.Decrement(ref remaining) < 0)
                {
                    return;
                }

                var current = (await store.GetWerkgroepAsync(save.Werkgroep.Id, cancellationToken))!;
                await store.SaveWerkgroepAsync(change(current.Value), current.ETag, [], cancellationToken);
            },
        };
    }
}
