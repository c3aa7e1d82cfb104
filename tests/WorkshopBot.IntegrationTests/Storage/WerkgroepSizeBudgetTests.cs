using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// Issue 13, finding 5: the domain's size budget (WorkshopLimits.WerkgroepSizeBudget, refused with
// "werkgroep-full") must lie below what the Table store can hold, or a werkgroep could still reach the
// storage limit where every save fails. Filled right up to the budget with the least compressible text
// (random letters from the whole Basic Multilingual Plane, escaped by JSON), it must still save and load.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class WerkgroepSizeBudgetTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SaveWerkgroepAsync_FilledToTheSizeBudgetWithIncompressibleText_SavesAndLoads()
    {
        await using var host = await StorageHost.StartAsync(azurite);
        var store = host.Get<IWorkshopStore>();
        await store.SaveTrajectAsync(TestWorkshop.Traject(), null, [], default);
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        var random = new Random(13);
        for (int person = 1; ; person++)
        {
            var author = new Actor(Guid.NewGuid().ToString(), $"Deelnemer {person} {RandomText(random, 40)}", RandomText(random, 60), $"29:1{Guid.NewGuid():N}");
            var lines = Enumerable.Range(0, WorkshopLimits.NotesPerBatch).Select(_ => RandomText(random, WorkshopLimits.NoteMaxLength)).ToArray();
            var next = werkgroep.AddNotes(author, $"b-{person}", 3, lines, TestWorkshop.Now).Ok();
            if (next.EstimatedSize() > WorkshopLimits.WerkgroepSizeBudget)
            {
                break;
            }

            werkgroep = next;
        }

        Assert.InRange(werkgroep.EstimatedSize(), WorkshopLimits.WerkgroepSizeBudget * 9 / 10, WorkshopLimits.WerkgroepSizeBudget);

        var saved = await store.SaveWerkgroepAsync(werkgroep, null, [], default);

        Assert.True(saved.IsSaved, saved.Status.ToString());
        var loaded = (await store.GetWerkgroepAsync(werkgroep.Id, default))!.Value;
        Assert.Equal(werkgroep.Notes.Select(n => n.Text), loaded.Notes.Select(n => n.Text));
    }

    private static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x0100, 0xD800)).ToArray());
}
