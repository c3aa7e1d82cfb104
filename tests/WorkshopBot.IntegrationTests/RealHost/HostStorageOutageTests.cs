using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using WorkshopBot.Domain;
using WorkshopBot.IntegrationTests.Board;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13, finding 9: the Table service goes away in the middle of a meeting where 40 people add notes,
// and comes back (same port, same data directory). People are told in Dutch to try again instead of
// getting a 500 or a spinner, no answer takes longer than Teams waits, every note the bot confirmed is on
// the board afterwards, the host recovers by itself, and /health/ready tells the load balancer meanwhile.
// This class runs its own Azurite (it stops it), not the shared one.
[Trait("Category", "Integration")]
public sealed class HostStorageOutageTests : IAsyncLifetime
{
    private const int Participants = 40;
    private const int MaxClicksEach = 40;
    private const string TryAgain = "probeer het zo opnieuw";

    // PROTOCOL.md §1: the channel gives up on our HTTP answer after 15 s.
    private static readonly TimeSpan TeamsGivesUpAfter = TimeSpan.FromSeconds(15);

    // A participant stops waiting for one click after twice that: the click is recorded as unanswered
    // (and fails the checks below) instead of holding up the whole test until its own timeout.
    private static readonly TimeSpan ParticipantGivesUpAfter = TeamsGivesUpAfter * 2;

    private readonly AzuriteFixture azurite = AzuriteFixture.Persistent();
    private readonly TestTokenIssuer sso = new();
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(120));
    private HostBench? bench;

    private enum Phase
    {
        Up,
        Down,
        Restarting,
        Recovered,
    }

    private HostBench Bench => bench ?? throw new InvalidOperationException("The bench is not started.");

    private CancellationToken Ct => timeout.Token;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        await sso.StartAsync();
        bench = await HostBench.StartAsync(azurite, clock: null, Ct, new Dictionary<string, string?>
        {
            ["Board:SsoClientId"] = TestTokenIssuer.ClientId,
            ["Board:SsoOpenIdMetadataUrl"] = sso.MetadataUrl,
            ["Board:SsoTenantId"] = HostBench.TenantId,
        });
    }

    public async Task DisposeAsync()
    {
        if (bench is not null)
        {
            await bench.DisposeAsync();
        }

        await azurite.DisposeAsync();
        await sso.DisposeAsync();
        timeout.Dispose();
    }

    [Fact]
    public async Task Invoke_TableServiceStopsMidBurstAndComesBack_PeopleAreToldToRetry_NothingConfirmedIsLost_HostRecovers()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        var people = Enumerable.Range(1, Participants).Select(i => HostBench.User($"Deelnemer {i}")).ToArray();
        var phase = (int)Phase.Up;
        var confirmed = 0;
        var clicks = new ConcurrentQueue<Click>();

        // Everyone keeps adding notes, one after the other, until they have seen one confirmed after the
        // service came back.
        async Task AddNotesAsync(int person)
        {
            for (int i = 1; i <= MaxClicksEach; i++)
            {
                var started = (Phase)Volatile.Read(ref phase);
                var text = $"Idee {person + 1}-{i}";
                var clock = Stopwatch.StartNew();
                var reply = await ClickAsync(Bench.Invoke(conversation, people[person], "addNotes", HostBench.NoteData(werkgroepId, text)));
                clicks.Enqueue(new Click(text, reply, clock.Elapsed, started, (Phase)Volatile.Read(ref phase)));
                if (reply.IsCard)
                {
                    Interlocked.Increment(ref confirmed);
                    if (started == Phase.Recovered)
                    {
                        return;
                    }
                }

                // Told to try again, a person waits a moment; a confirmed note is followed by the next one.
                await Task.Delay(reply.IsCard ? 20 : 500, Ct);
            }
        }

        Click[] DuringOutage() => clicks.Where(c => c is { Started: Phase.Down, Ended: Phase.Down }).ToArray();

        var burst = Task.WhenAll(Enumerable.Range(0, Participants).Select(person => Task.Run(() => AddNotesAsync(person), Ct)));

        // Mid-burst, once the first 40 notes are confirmed, the Table service stops.
        await WaitUntilAsync(() => Volatile.Read(ref confirmed) >= Participants);
        await azurite.StopAsync();
        Volatile.Write(ref phase, (int)Phase.Down);
        await WaitUntilAsync(() => DuringOutage().Length >= Participants || DuringOutage().Any(c => !IsTryAgain(c.Reply)));

        // The first answers during the outage decide it already: each is the Dutch try-again message, not a
        // 500 or no answer (checked as they come, so a host that fails this does not also run out the test's time).
        Assert.All(DuringOutage(), click => Assert.True(IsTryAgain(click.Reply), $"'{click.Text}' during the outage: {click.Reply}"));
        var readinessWhileDown = await ReadinessAsync();
        using var boardWhileDown = await BoardAsync(werkgroepId, moderator);
        var boardProblem = await boardWhileDown.Content.ReadAsStringAsync(Ct);

        Volatile.Write(ref phase, (int)Phase.Restarting);
        await azurite.StartAgainAsync();
        await WaitUntilAsync(async () => await ReadinessAsync() == HttpStatusCode.OK);
        Volatile.Write(ref phase, (int)Phase.Recovered);
        await burst;

        var all = clicks.ToArray();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readinessWhileDown);

        Assert.All(all, click => Assert.True(
            click.Reply.IsCard || IsTryAgain(click.Reply),
            $"'{click.Text}' got neither its card nor the Dutch try-again answer: {click.Reply}"));
        Assert.All(all, click => Assert.True(click.Took < TeamsGivesUpAfter, $"'{click.Text}' was answered after {click.Took.TotalSeconds:0.0} s."));

        var duringOutage = all.Where(c => c is { Started: Phase.Down, Ended: Phase.Down }).ToArray();
        Assert.True(duringOutage.Length >= Participants, $"Only {duringOutage.Length} clicks fell inside the outage.");
        Assert.All(duringOutage, click => Assert.True(IsTryAgain(click.Reply), $"'{click.Text}' during the outage: {click.Reply}"));

        // The host came back by itself: everyone's next note after the restart was confirmed.
        Assert.Equal(Participants, all.Count(c => c.Started == Phase.Recovered && c.Reply.IsCard));

        // Nothing confirmed is lost, and nothing is stored twice.
        var stored = (await Bench.NotesAsync(werkgroepId, Ct)).Select(n => n.Text).ToArray();
        var missing = all.Where(c => c.Reply.IsCard).Select(c => c.Text).Except(stored).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} confirmed notes are gone: {string.Join(", ", missing.Take(10))}");
        Assert.Equal(stored.Length, stored.Distinct(StringComparer.Ordinal).Count());

        // The board page gets the same message with a 503 and Retry-After, never a 500; afterwards it loads.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, boardWhileDown.StatusCode);
        Assert.NotNull(boardWhileDown.Headers.RetryAfter);
        Assert.Contains("storage-unavailable", boardProblem, StringComparison.Ordinal);
        Assert.Contains(TryAgain, boardProblem, StringComparison.OrdinalIgnoreCase);
        using (var boardAfter = await BoardAsync(werkgroepId, moderator))
        {
            Assert.Equal(HttpStatusCode.OK, boardAfter.StatusCode);
        }
    }

    // One click as a Teams client makes it: the HTTP answer, or none if it takes longer than a participant
    // waits (a 408 with no body in the record: the click got neither its card nor the try-again message).
    private async Task<HostReply> ClickAsync(JsonObject invoke)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(ParticipantGivesUpAfter);
        try
        {
            return await Bench.PostOnlyAsync(invoke, patience.Token);
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
        {
            return new HostReply(HttpStatusCode.RequestTimeout, null);
        }
    }

    private static bool IsTryAgain(HostReply reply) =>
        reply.IsError
        && reply.ErrorCode == DomainErrorCodes.StorageUnavailable
        && reply.ErrorMessage?.Contains(TryAgain, StringComparison.OrdinalIgnoreCase) == true;

    private async Task<HttpResponseMessage> BoardAsync(string werkgroepId, HostUser user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Bench.Host.BaseAddress, $"/api/boards/{werkgroepId}"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", sso.Token(HostBench.TenantId, user.AadObjectId, user.Name));
        request.Headers.AcceptLanguage.ParseAdd("nl-NL");
        return await Bench.Client.SendAsync(request, Ct);
    }

    private async Task<HttpStatusCode> ReadinessAsync()
    {
        using var response = await Bench.Client.GetAsync(new Uri(Bench.Host.BaseAddress, "/health/ready"), Ct);
        return response.StatusCode;
    }

    private Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        while (!await condition())
        {
            await Task.Delay(50, Ct);
        }
    }

    private sealed record Click(string Text, HostReply Reply, TimeSpan Took, Phase Started, Phase Ended);
}
