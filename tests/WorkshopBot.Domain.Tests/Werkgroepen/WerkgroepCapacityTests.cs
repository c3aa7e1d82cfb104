using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

// Issue 13, finding 5: one participant must not be able to make a werkgroep unwritable for everyone.
public sealed class WerkgroepCapacityTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Attacker = TestWorkshop.Participant(1);
    private static readonly Actor Bram = TestWorkshop.Participant(2, "Bibliotheek Tiel");

    private readonly InMemoryWorkshopStore _store = new();
    private readonly FakeTimeProvider _clock = new(Now);

    // The attack of the issue: 1,900 add-and-delete cycles of 500-character notes in 45 s by one
    // participant. Before, every deleted note kept its text and freed its place in the quota, so the
    // werkgroep grew without bound until storage refused every save.
    [Fact]
    public async Task AddAndDelete_1900CyclesOf500Characters_AttackerIsStoppedAtTheQuotaAndOthersCanStillAddNotes()
    {
        var service = await StartedAsync();
        int added = 0;
        DomainError? refusal = null;
        for (int cycle = 0; cycle < 1_900; cycle++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(23));
            var add = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Attacker, $"n-{cycle}", 3, LongText(cycle), now), default);
            if (!add.IsSuccess)
            {
                refusal ??= add.Error;
                continue;
            }

            added++;
            var delete = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.DeleteNote(Attacker, $"n-{cycle}", now), default);
            Assert.True(delete.IsSuccess, delete.ToString());
        }

        Assert.Equal(WorkshopLimits.NotesPerPersonPerStep, added);
        Assert.Equal(DomainErrorCodes.TooManyNotes, refusal?.Code);
        var werkgroep = (await service.GetWerkgroepAsync("w-1", default))!;
        Assert.All(werkgroep.Notes, n => Assert.Equal("", n.Text));
        Assert.True(werkgroep.EstimatedSize() < WorkshopLimits.WerkgroepSizeBudget / 4, $"size {werkgroep.EstimatedSize()}");

        var bram = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Bram, "bram-1", 3, "Buurtlunch in het dorpshuis", now), default);

        Assert.True(bram.IsSuccess, bram.ToString());
    }

    [Fact]
    public void DeleteNote_NoteWithVotesAndCluster_KeepsOnlyTheTombstone()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(Attacker, "n-1", 3, "Persoonlijk verhaal over mijn buurvrouw", Now).Ok()
            .SetCluster(Moderator, "n-1", "Ontmoeting", Now).Ok()
            .StartVoting(Moderator, 3, 3, Now).Ok()
            .Vote(Bram, "n-1", Now).Ok()
            .CloseVoting(Moderator, Now).Ok();

        var deleted = werkgroep.DeleteNote(Attacker, "n-1", Now.AddMinutes(5)).Ok();

        var tombstone = Assert.Single(deleted.Notes);
        Assert.True(tombstone.IsDeleted);
        Assert.Equal(("n-1", 3, Attacker.UserId), (tombstone.Id, tombstone.Step, tombstone.AuthorId));
        Assert.Equal(("", "", null, null), (tombstone.Text, tombstone.AuthorName, tombstone.Organisation, tombstone.Cluster));
        Assert.Empty(tombstone.Votes);
        Assert.Equal(Now.AddMinutes(5), tombstone.DeletedAt);
        Assert.False(deleted.AddNote(Attacker, "n-1", 3, "Persoonlijk verhaal", Now).Value.HasChanges);
    }

    [Fact]
    public void AddNote_QuotaFilledByDeletedNotes_FreesTheirPlacesAfterTheWindow()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        for (int i = 0; i < WorkshopLimits.NotesPerPersonPerStep; i++)
        {
            werkgroep = werkgroep.AddNote(Attacker, $"n-{i}", 3, "Idee", Now).Ok().DeleteNote(Attacker, $"n-{i}", Now).Ok();
        }

        Assert.Equal(DomainErrorCodes.TooManyNotes, werkgroep.AddNote(Attacker, "x-1", 3, "Idee", Now.AddHours(23)).Error?.Code);
        Assert.True(werkgroep.AddNote(Bram, "b-1", 3, "Idee", Now.AddHours(23)).IsSuccess);
        Assert.True(werkgroep.AddNote(Attacker, "x-2", 3, "Idee", Now + WorkshopLimits.DeletedNoteQuotaWindow).IsSuccess);
    }

    [Fact]
    public void ProposeResult_AtTheCap_IsRefusedWithTooManyItems()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(2);
        for (int i = 0; i < WorkshopLimits.MaxResults; i++)
        {
            werkgroep = werkgroep.ProposeResult(Attacker, $"r-{i}", ResultLevel.Samenleving, new ResultDraft { Statement = $"Resultaat {i}" }, Now).Ok();
        }

        var refused = werkgroep.ProposeResult(Attacker, "r-extra", ResultLevel.Samenleving, new ResultDraft { Statement = "Nog een" }, Now);

        Assert.Equal(DomainErrorCodes.TooManyItems, refused.Error?.Code);
        Assert.Equal(WorkshopLimits.MaxResults, refused.Error?.Limit);
        Assert.False(werkgroep.ProposeResult(Attacker, "r-0", ResultLevel.Samenleving, new ResultDraft { Statement = "Resultaat 0" }, Now).Value.HasChanges);
    }

    [Fact]
    public void ProposeIndicator_AtTheCap_IsRefusedWithTooManyItems()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        for (int i = 0; i < WorkshopLimits.MaxIndicators; i++)
        {
            werkgroep = werkgroep.ProposeIndicator(Attacker, $"i-{i}", 3, new Indicator { Name = $"Indicator {i}" }, Now).Ok();
        }

        Assert.Equal(DomainErrorCodes.TooManyItems, werkgroep.ProposeIndicator(Attacker, "i-x", 3, new Indicator { Name = "x" }, Now).Error?.Code);
    }

    // Many members, each within their quota, together fill the board: the next note is refused with
    // "werkgroep-full" (a friendly message, nothing stored), while deleting still works so it can recover.
    [Fact]
    public async Task UpdateWerkgroepAsync_BoardAtTheSizeBudget_RefusesGrowthWithWerkgroepFullButAllowsDeleting()
    {
        var service = await StartedAsync();
        DomainError? refusal = null;
        int person = 0;
        string? lastNote = null;
        Actor? lastAuthor = null;
        while (refusal is null && person < 100)
        {
            person++;
            var author = TestWorkshop.Participant(100 + person);
            for (int batch = 0; batch < 4 && refusal is null; batch++)
            {
                var lines = Enumerable.Range(0, WorkshopLimits.NotesPerBatch).Select(i => LongText((person * 1000) + (batch * 100) + i)).ToArray();
                var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNotes(author, $"b-{person}-{batch}", 3, lines, now), default);
                if (result.IsSuccess)
                {
                    (lastNote, lastAuthor) = ($"b-{person}-{batch}-1", author);
                }

                refusal = result.Error;
            }
        }

        Assert.Equal(DomainErrorCodes.WerkgroepFull, refusal?.Code);
        var full = (await service.GetWerkgroepAsync("w-1", default))!;
        Assert.InRange(full.EstimatedSize(), WorkshopLimits.WerkgroepSizeBudget * 9 / 10, WorkshopLimits.WerkgroepSizeBudget);
        var deleted = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.DeleteNote(lastAuthor!, lastNote!, now), default);
        Assert.True(deleted.IsSuccess, deleted.ToString());
    }

    [Fact]
    public void Compact_OldAndRecentTombstones_PurgesTextAndDropsOnlyOldTombstones()
    {
        // A werkgroep stored before deletes purged their content: the tombstone still holds the text.
        var legacy = TestWorkshop.Werkgroep().WithOpenStep(3)
            .AddNote(Attacker, "old", 3, "Oude tekst", Now).Ok()
            .AddNote(Attacker, "recent", 3, "Recente tekst", Now).Ok()
            .AddNote(Bram, "kept", 3, "Blijft staan", Now).Ok();
        legacy = legacy with
        {
            Notes = legacy.Notes.Select(n => n.Id switch
            {
                "old" => n with { IsDeleted = true, EditedAt = Now },
                "recent" => n with { IsDeleted = true, EditedAt = Now.AddDays(29) },
                _ => n,
            }).ToArray(),
        };

        var compacted = legacy.Compact(Now.AddDays(31), WorkshopLimits.NoteTombstoneRetention);

        Assert.Equal(["recent", "kept"], compacted.Notes.Select(n => n.Id));
        Assert.Equal("", compacted.FindNote("recent")!.Text);
        Assert.Equal("Blijft staan", compacted.FindNote("kept")!.Text);
        Assert.Same(compacted, compacted.Compact(Now.AddDays(31), WorkshopLimits.NoteTombstoneRetention));
    }

    // Random letters from many scripts: the worst case for compression, as in the attack.
    private static string LongText(int seed)
    {
        var random = new Random(seed);
        return new string(Enumerable.Range(0, WorkshopLimits.NoteMaxLength).Select(_ => (char)random.Next(0x4E00, 0x9FFF)).ToArray());
    }

    private async Task<WorkshopService> StartedAsync()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        await _store.SaveTrajectAsync(TestWorkshop.Traject(), null, [], default);
        await _store.SaveWerkgroepAsync(werkgroep, null, [], default);
        return new WorkshopService(_store, _clock);
    }
}
