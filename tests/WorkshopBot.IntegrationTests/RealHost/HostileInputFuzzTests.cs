using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WorkshopBot.IntegrationTests.Board;
using WorkshopBot.TestKit.Azurite;
using Xunit;
using Xunit.Abstractions;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13: thousands of seeded malformed and hostile requests against the real host on Kestrel with
// Azurite. None may be answered with a 5xx, and the host's memory must not grow with them. A failure
// names the request number: new HostileInput(Seed + number) regenerates exactly that request.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostileInputFuzzTests(AzuriteFixture azurite, ITestOutputHelper output) : HostBenchTest(azurite, timeout: TimeSpan.FromMinutes(3))
{
    private const int Seed = 1313;
    private const int BotRequests = 5_500;
    private const int BoardRequests = 4_500;
    private const int Parallelism = 8;
    private const long MaxHeapGrowthBytes = 96L * 1024 * 1024;

    private readonly AzuriteFixture _azurite = azurite;

    private static readonly string[] InvokeNames = ["adaptiveCard/action", "task/fetch", "task/submit", "composeExtension/query", "signin/verifyState", "", "ADAPTIVECARD/ACTION"];
    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "event", "messageReaction", "typing", "endOfConversation", "Invoke", "", " "];
    private static readonly string[] ExportFormats = ["md", "csv", "json", "docx", "xlsx", "exe", "MD", "", "md%00", "json/../md"];

    [Fact]
    public async Task BotEndpoint_HostileActivities_NeverAnswer5xxAndMemoryStaysBounded()
    {
        // Spread over eight werkgroep conversations: the bot paces its replies to Teams' limit of 60 per
        // conversation per 30 s (OutboundPacer), and thousands of replies in one chat would measure that
        // pacing instead of the parsing this test is about.
        var moderator = HostBench.User("Marieke");
        var conversations = Enumerable.Range(0, 8).Select(_ => HostBench.NewConversationId()).ToArray();
        var werkgroepen = new string[conversations.Length];
        for (var i = 0; i < conversations.Length; i++)
        {
            werkgroepen[i] = await Bench.StartWerkgroepWithOpenStepAsync(conversations[i], moderator, Ct);
        }
        var token = Bench.ValidToken();
        var users = new[] { moderator, HostBench.User("Sanne"), HostBench.User("Ahmed") };

        var result = await RunAsync(BotRequests, async (input, number) =>
        {
            var activity = HostileActivity(input, input.Pick(conversations), input.Pick(users), werkgroepen);
            var body = input.Bytes(activity);
            return await SendAsync(Bench.Client, HttpMethod.Post, Bench.Host.MessagesEndpoint, body, input.Chance(97) ? token : "garbage", chunked: input.Chance(10));
        });

        Assert.True(result.Failures.Count == 0, result.Describe());
    }

    [Fact]
    public async Task BoardApi_HostileRequests_NeverAnswer5xxAndMemoryStaysBounded()
    {
        await using var board = await BoardApiHost.StartAsync(_azurite);
        string?[] bearers =
        [
            board.TokenFor(BoardApiHost.Participant),
            board.TokenFor(BoardApiHost.Moderator),
            board.TokenFor(BoardApiHost.Outsider),
            board.TokenFor(BoardApiHost.Participant, BoardApiHost.OtherTenantId),
            "not.a.jwt",
            null,
        ];
        var boardPath = $"/api/boards/{BoardApiHost.WerkgroepId}";

        var result = await RunAsync(BoardRequests, async (input, number) =>
        {
            var id = input.Chance(40) ? BoardApiHost.WerkgroepId : Uri.EscapeDataString(input.HostileId());
            var query = input.Next(10) switch
            {
                0 => "?share=" + Uri.EscapeDataString(input.HostileId() + ".x.y"),
                1 => "?dev-user=" + Uri.EscapeDataString(input.HostileId()),
                2 => "?share=",
                _ => "",
            };
            var bearer = input.Pick(bearers);
            var (method, path, body) = input.Next(10) switch
            {
                0 => (HttpMethod.Get, $"/api/boards/{id}", (byte[]?)null),
                1 => (HttpMethod.Get, $"/api/boards/{id}/export.{input.Pick(ExportFormats)}", null),
                2 => (HttpMethod.Get, $"/api/boards/{id}/share-links", null),
                3 => (HttpMethod.Get, $"/api/me/werkgroepen?conversationId={Uri.EscapeDataString(input.HostileId())}", null),
                4 => (input.Pick(new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch }), $"/api/boards/{id}/actions", Encoding.UTF8.GetBytes("{}")),
                _ => (HttpMethod.Post, (input.Chance(80) ? boardPath : $"/api/boards/{id}") + "/actions", input.Bytes(HostileAction(input))),
            };
            if (input.Chance(3))
            {
                body = Encoding.UTF8.GetBytes("{\"verb\":\"addNotes\",\"data\":{\"step\":1,\"text\":\"x\"},\"pad\":\"" + new string('x', 200_000) + "\"}");
            }

            return await SendAsync(board.Client, method, new Uri(board.Client.BaseAddress!, path + (path.Contains('?') ? "" : query)), body, bearer, chunked: input.Chance(30), idempotencyKey: input.Chance(20) ? new string(input.HostileId().Where(char.IsAscii).Where(c => !char.IsControl(c)).ToArray()) : null);
        });

        Assert.True(result.Failures.Count == 0, result.Describe());
    }

    private static JsonObject HostileAction(HostileInput input)
    {
        var action = new JsonObject { ["verb"] = input.Chance(85) ? input.Pick(HostileInput.Verbs) : input.Value() };
        action["data"] = input.Next(4) switch
        {
            0 => input.Value(),
            _ => input.CardData([BoardApiHost.WerkgroepId, "wg-other"]),
        };
        if (input.Chance(15))
        {
            action["idempotencyKey"] = input.Value();
        }

        return action;
    }

    private JsonObject HostileActivity(HostileInput input, string conversation, HostUser user, IReadOnlyList<string> werkgroepen)
    {
        var activity = input.Chance(60)
            ? Bench.Invoke(conversation, user, input.Pick(HostileInput.Verbs), input.CardData(werkgroepen))
            : Bench.Message(conversation, user, input.Chance(50) ? input.ControlText() : input.Pick(new[] { "help", "start", "samenvatting", "stap 3", "" }));
        for (var i = input.Next(1, 4); i > 0; i--)
        {
            switch (input.Next(14))
            {
                case 0:
                    activity.Remove(input.Pick(new[] { "type", "conversation", "from", "serviceUrl", "value", "name", "id", "recipient", "channelData", "text" }));
                    break;
                case 1:
                    activity[input.Pick(new[] { "type", "conversation", "from", "recipient", "value", "text", "locale", "entities", "membersAdded", "timestamp", "channelData", "attachments" })] = input.Value();
                    break;
                case 2:
                    activity["type"] = input.Pick(Types);
                    break;
                case 3:
                    activity["name"] = input.Pick(InvokeNames);
                    break;
                case 4:
                    activity["conversation"] = new JsonObject { ["id"] = input.HostileId(), ["conversationType"] = input.Value(), ["isGroup"] = true };
                    break;
                case 5:
                    activity["from"] = input.Chance(50) ? new JsonObject { ["id"] = input.HostileId(), ["name"] = input.ControlText() } : input.Object();
                    break;
                case 6:
                    activity["entities"] = new JsonArray(
                        input.Chance(50) ? null : new JsonObject { ["type"] = "mention", ["text"] = input.Value(), ["mentioned"] = input.Value() },
                        new JsonObject { ["type"] = "mention", ["text"] = "<at>Workshop Bot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:" + HostBench.AppId } });
                    break;
                case 7:
                    activity["membersAdded"] = new JsonArray(input.Value(), new JsonObject { ["id"] = "28:" + HostBench.AppId });
                    break;
                case 8:
                    activity["value"] = input.Chance(50) ? input.Nested(input.Next(20, 120)) : new JsonObject { ["action"] = input.Object(), ["trigger"] = input.Value() };
                    break;
                case 9:
                    activity["text"] = new string('ä', input.Next(1, 40) * 1000);
                    break;
                case 10:
                    activity["channelData"] = new JsonObject { ["tenant"] = input.Value(), ["meeting"] = input.Object(), ["eventType"] = input.Value() };
                    break;
                case 11:
                    activity["channelId"] = input.Pick(new[] { "msteams", "webchat", "emulator", "", "MSTEAMS" });
                    break;
                case 12:
                    activity["serviceUrl"] = input.Pick(new[] { "ftp://x", "not a url", "http://127.0.0.1:1/", "" });
                    break;
                default:
                    activity["replyToId"] = input.HostileId();
                    break;
            }
        }

        return activity;
    }

    private static async Task<int> SendAsync(HttpClient client, HttpMethod method, Uri url, byte[]? body, string? bearer, bool chunked, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        return (int)response.StatusCode;
    }

    // Runs count requests, Parallelism at a time; request n is generated from HostileInput(Seed + n) alone.
    private async Task<FuzzResult> RunAsync(int count, Func<HostileInput, int, Task<int>> send)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = Ct }, async (number, _) =>
        {
            int status;
            try
            {
                status = await send(new HostileInput(Seed + number), number);
            }
            catch (HttpRequestException ex)
            {
                // Kestrel may close the connection on a request it refuses mid-body; that is no 5xx.
                failures.Add($"#{number}: connection error {ex.Message}");
                return;
            }
            catch (TaskCanceledException) when (!Ct.IsCancellationRequested)
            {
                // No answer within the client's timeout: a hung request is a failure too, named by its number.
                failures.Add($"#{number}: no answer within the client timeout");
                return;
            }

            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            // 501 is the protocol's answer to an invoke nobody handles (PROTOCOL.md §1), not a failure.
            if (status >= 500 && status != 501)
            {
                failures.Add($"#{number}: {status}");
            }
        });
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{count} requests in {clock.Elapsed.TotalSeconds:F1} s, seed {Seed}; heap {before / 1024 / 1024} MiB -> {after / 1024 / 1024} MiB; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"))}");
        Assert.True(after - before < MaxHeapGrowthBytes, $"The heap grew by {(after - before) / 1024 / 1024} MiB over {count} requests.");
        return new FuzzResult(failures.ToArray());
    }

    private sealed record FuzzResult(IReadOnlyList<string> Failures)
    {
        public string Describe() => $"{Failures.Count} requests failed (seed {Seed}):\n{string.Join("\n", Failures.Order().Take(20))}";
    }
}
