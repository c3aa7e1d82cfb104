using System.Text.Json.Nodes;
using WorkshopBot.Application.Commands;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Telemetry;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Hosting;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 14: what an operator reads from the WorkshopBot meter follows what people did in Teams, through the
// real /api/messages: notes added by step, and every werkgroep command by verb and outcome.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMetricsTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task AddNotes_TwoLinesThenRedelivered_CountsTwoNotesInTheStepAndOneClick()
    {
        using var recorder = new MetricRecorder(Bench.Host.Services);
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var click = Bench.Invoke(conversation, HostBench.User("Sanne"), CommandVerbs.AddNotes, HostBench.NoteData(werkgroepId, "Buurthuis langer open\nVervoer naar de soos"));

        var added = await Bench.PostAsync(click, Ct);
        var notesAfterClick = recorder.Sum(WorkshopMetrics.NotesAdded, (WorkshopMetrics.Step, 3));
        var redelivered = await Bench.PostAsync(click, Ct);

        Assert.True(added.IsCard, added.ToString());
        Assert.True(redelivered.IsCard, redelivered.ToString());
        Assert.Equal(2, (await Bench.NotesAsync(werkgroepId, Ct)).Count);
        Assert.Equal(2, notesAfterClick);
        Assert.Equal(2, recorder.Sum(WorkshopMetrics.NotesAdded));
        Assert.Equal(1, recorder.Sum(WorkshopMetrics.Commands, (WorkshopMetrics.Verb, CommandVerbs.OpenStep), (WorkshopMetrics.Outcome, WorkshopMetrics.Ok)));
        Assert.True(recorder.Sum(WorkshopMetrics.Commands, (WorkshopMetrics.Verb, CommandVerbs.AddNotes), (WorkshopMetrics.Outcome, WorkshopMetrics.Ok)) >= 1);
        Assert.Equal(0, recorder.Count(WorkshopMetrics.Commands, (WorkshopMetrics.Outcome, WorkshopMetrics.Refused)));
    }

    [Fact]
    public async Task LockStep_ByAParticipant_CountsARefusalWithItsCodeAndItsDuration()
    {
        using var recorder = new MetricRecorder(Bench.Host.Services);
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);

        var reply = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Sanne"), CommandVerbs.LockStep, new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, reply.ErrorCode);
        (string, object?)[] refused = [(WorkshopMetrics.Verb, CommandVerbs.LockStep), (WorkshopMetrics.Outcome, WorkshopMetrics.Refused), (WorkshopMetrics.Code, DomainErrorCodes.NotModerator)];
        Assert.Equal(1, recorder.Sum(WorkshopMetrics.Commands, refused));
        Assert.Equal(1, recorder.Count(WorkshopMetrics.CommandDuration, refused));
        Assert.Equal(0, recorder.Count(WorkshopMetrics.Commands, (WorkshopMetrics.Verb, CommandVerbs.LockStep), (WorkshopMetrics.Outcome, WorkshopMetrics.Ok)));
        Assert.Equal(0, recorder.Sum(WorkshopMetrics.NotesAdded));
    }
}
