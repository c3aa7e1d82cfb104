using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Cli.Commands;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Cli;

// Issue 13, finding 5: the operator's repair of a werkgroep stored before deleting purged a note's text.
public sealed class RepairCommandTests
{
    private readonly InMemoryWorkshopStore _store = new();
    private readonly FakeTimeProvider _clock = new(TestWorkshop.Now.AddDays(40).ToUniversalTime());

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = RepairCommand.Run(args, output, error, _ => _store, _clock);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Run_LegacyTombstonesWithText_PurgesTheTextDropsOldTombstonesAndSignsTheAudit()
    {
        var werkgroep = TestWorkshop.Werkgroep("w-1").WithOpenStep(3)
            .AddNote(TestWorkshop.Participant(1), "old", 3, "Oude tekst van een verwijderde notitie", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Participant(1), "recent", 3, "Recente verwijderde notitie", TestWorkshop.Now).Ok()
            .AddNote(TestWorkshop.Participant(2), "kept", 3, "Blijft staan", TestWorkshop.Now).Ok();
        werkgroep = werkgroep with
        {
            Notes = werkgroep.Notes.Select(n => n.Id switch
            {
                "old" => n with { IsDeleted = true, EditedAt = TestWorkshop.Now },
                "recent" => n with { IsDeleted = true, EditedAt = TestWorkshop.Now.AddDays(35) },
                _ => n,
            }).ToArray(),
        };
        await _store.SaveWerkgroepAsync(werkgroep, null, [], default);

        var (code, output, error) = Run("--werkgroep", "w-1", "--connection-string", "x");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("1 verwijderde notities opgeruimd", output, StringComparison.Ordinal);
        var stored = (await _store.GetWerkgroepAsync("w-1", default))!.Value;
        Assert.Equal(["recent", "kept"], stored.Notes.Select(n => n.Id));
        Assert.Equal("", stored.FindNote("recent")!.Text);
        var audit = await _store.GetAuditTrailAsync("t-1", default);
        Assert.Contains(audit, e => e.Kind == WorkshopEventKinds.WerkgroepCompacted && e.ActorId == "system:operator");

        var again = Run("--werkgroep", "w-1", "--connection-string", "x");

        Assert.Equal(ExitCodes.Success, again.Code);
        Assert.Contains("niets op te ruimen", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownWerkgroepOrMissingOption_FailsWithADutchMessage()
    {
        var unknown = Run("--werkgroep", "nope", "--connection-string", "x");
        var missing = Run("--connection-string", "x");

        Assert.Equal((ExitCodes.Failure, ExitCodes.Usage), (unknown.Code, missing.Code));
        Assert.Contains("bestaat niet", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("--werkgroep", missing.Error, StringComparison.Ordinal);
    }
}
