using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Application.Tests;

// The application over the TestKit's in-memory stores and a fake clock.
internal sealed class ApplicationFixture
{
    public const string Tenant = "tenant-1";

    public ApplicationFixture(WorkshopWriteOptions? options = null)
    {
        Workshops = new WorkshopService(Store, Clock, options);
        Handler = new WerkgroepCommandHandler(Workshops, Timers);
    }

    public InMemoryWorkshopStore Store { get; } = new();

    public FakeTimeProvider Clock { get; } = new(TestWorkshop.Now);

    public InMemoryRunningTimerStore Timers { get; } = new();

    public WorkshopService Workshops { get; }

    public WerkgroepCommandHandler Handler { get; }

    // A stored werkgroep in its meeting chat, with the given steps open.
    public async Task<Werkgroep> SeedAsync(params int[] openSteps)
    {
        var werkgroep = TestWorkshop.Werkgroep();
        foreach (var step in openSteps)
        {
            werkgroep = werkgroep.WithOpenStep(step);
        }

        await Store.SaveTrajectAsync(TestWorkshop.Traject(), null, [], CancellationToken.None);
        await Store.SaveWerkgroepAsync(werkgroep, null, [], CancellationToken.None);
        return werkgroep;
    }

    public static CommandContext InChat(Werkgroep werkgroep, string userId, string name, string operationKey = "op-1", string? tenant = Tenant) =>
        new(new Caller(userId, name, tenant), WerkgroepTarget.Conversation(werkgroep.Conversation!.ConversationId), operationKey, Language.Dutch);
}
