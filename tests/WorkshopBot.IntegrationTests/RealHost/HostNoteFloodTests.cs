using System.Net;
using System.Text.Json.Nodes;
using WorkshopBot.Domain;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13, finding 5, against the real host and Azurite: one participant adds a 500-character note and
// deletes it again, as fast as the host answers, up to the 1,900 cycles of the attack run. Before, the
// deleted notes kept their text and freed their quota, the werkgroep outgrew its table row and every
// later note (anyone's) got HTTP 500. Now the attacker meets the quota with a Dutch message, and another
// participant can still add a note.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostNoteFloodTests(AzuriteFixture azurite) : HostBenchTest(azurite, TimeSpan.FromMinutes(4))
{
    private const int AttackCycles = 1_900;

    [Fact]
    public async Task AddAndDelete_LongNotesOverAndOver_AttackerMeetsTheQuotaAndOthersCanStillAddNotes()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var attacker = HostBench.User("Kees");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);

        HostReply? refused = null;
        int cycles = 0;
        for (; cycles < AttackCycles && refused is null; cycles++)
        {
            var add = await Bench.PostAsync(Bench.Invoke(conversation, attacker, "addNotes", HostBench.NoteData(werkgroepId, LongText(cycles))), Ct);
            Assert.Equal(HttpStatusCode.OK, add.Status);
            if (!add.IsCard)
            {
                refused = add;
                break;
            }

            var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
            var note = werkgroep.Notes.Single(n => n.AuthorId == attacker.AadObjectId && n.IsActive);
            var delete = await Bench.PostAsync(
                Bench.Invoke(conversation, attacker, "deleteNote", new JsonObject { ["werkgroepId"] = werkgroepId, ["noteId"] = note.Id, ["step"] = 3 }),
                Ct);
            Assert.True(delete.IsCard, delete.ToString());
        }

        Assert.NotNull(refused);
        Assert.Equal(WorkshopLimits.NotesPerPersonPerStep, cycles);
        Assert.Equal("too-many-notes", refused.ErrorCode);
        Assert.StartsWith("Je hebt het maximum van 200 notities in deze stap bereikt.", refused.ErrorMessage, StringComparison.Ordinal);

        var other = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch voor ouderen")), Ct);

        Assert.True(other.IsCard, other.ToString());
        var stored = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.Contains(stored.Notes, n => n.AuthorId == fatma.AadObjectId && n.Text == "Buurtlunch voor ouderen");
        Assert.All(stored.Notes.Where(n => n.IsDeleted), n => Assert.Equal("", n.Text));
    }

    // CJK letters at random: JSON escapes them and Brotli can hardly compress them, as in the attack run.
    private static string LongText(int seed)
    {
        var random = new Random(seed);
        return new string(Enumerable.Range(0, WorkshopLimits.NoteMaxLength).Select(_ => (char)random.Next(0x4E00, 0x9FFF)).ToArray());
    }
}
