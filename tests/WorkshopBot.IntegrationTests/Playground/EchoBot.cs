using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WorkshopBot.IntegrationTests.Playground;

// A deliberately tiny bot on Kestrel 127.0.0.1:0 that proves the Playground harness end to end,
// independent of the product's bot host: welcome on install, echo messages (with the sender's name),
// a card with Action.Execute/Action.Submit on "kaart", and a card as invoke response.
public sealed class EchoBot : IAsyncDisposable
{
    public const string CardVerb = "stem";

    private readonly ConcurrentQueue<JsonElement> _received = new();
    private readonly HttpClient _connector = new() { Timeout = TimeSpan.FromSeconds(15) };
    private WebApplication? _app;

    public IReadOnlyList<JsonElement> Received => [.. _received];

    public async Task<Uri> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/messages", (Delegate)HandleAsync);
        await app.StartAsync(cancellationToken);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new Uri(new Uri(address), "/api/messages");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _connector.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var activity = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
        _received.Enqueue(activity);
        var type = Str(activity, "type");
        var sender = activity.TryGetProperty("from", out var from) ? Str(from, "name") ?? Str(from, "id") : null;

        switch (type)
        {
            case "installationUpdate" when Str(activity, "action") == "add":
            case "conversationUpdate" when BotWasAdded(activity):
                await SendAsync(activity, new JsonObject { ["type"] = "message", ["text"] = $"Welkom ({type})" }, context.RequestAborted);
                return Results.Ok();

            case "message" when activity.TryGetProperty("value", out var value):
                await SendAsync(activity, Text($"Ontvangen van {sender}: {value.GetRawText()}"), context.RequestAborted);
                return Results.Ok();

            case "message":
                var text = StripMention(Str(activity, "text") ?? "");
                var reply = text.Contains("kaart", StringComparison.OrdinalIgnoreCase)
                    ? CardMessage($"Kaart voor {text}")
                    : Text($"Echo van {sender}: {text}");
                await SendAsync(activity, reply, context.RequestAborted);
                return Results.Ok();

            case "invoke" when Str(activity, "name") == "adaptiveCard/action":
                var action = activity.GetProperty("value").GetProperty("action");
                var summary = $"{Str(action, "verb")} door {sender}";
                // Everyone else sees the change through an update of the original message.
                await UpdateAsync(activity, Str(activity, "replyToId")!, CardMessage($"Bijgewerkt: {summary}"), context.RequestAborted);
                return Results.Json(new JsonObject
                {
                    ["statusCode"] = 200,
                    ["type"] = "application/vnd.microsoft.card.adaptive",
                    ["value"] = Card($"Klik: {summary}"),
                });

            case "invoke":
                return Results.StatusCode(StatusCodes.Status501NotImplemented);

            default:
                return Results.Ok();
        }
    }

    private async Task SendAsync(JsonElement inbound, JsonObject outbound, CancellationToken cancellationToken)
    {
        Address(inbound, outbound);
        using var response = await _connector.PostAsJsonAsync(ActivitiesUri(inbound), outbound, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task UpdateAsync(JsonElement inbound, string activityId, JsonObject outbound, CancellationToken cancellationToken)
    {
        Address(inbound, outbound);
        outbound["id"] = activityId;
        var uri = new Uri(ActivitiesUri(inbound) + "/" + Uri.EscapeDataString(activityId));
        using var response = await _connector.PutAsJsonAsync(uri, outbound, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static void Address(JsonElement inbound, JsonObject outbound)
    {
        outbound["from"] = JsonNode.Parse(inbound.GetProperty("recipient").GetRawText());
        outbound["recipient"] = JsonNode.Parse(inbound.GetProperty("from").GetRawText());
        outbound["conversation"] = JsonNode.Parse(inbound.GetProperty("conversation").GetRawText());
        outbound["replyToId"] = Str(inbound, "id");
    }

    // The Playground's serviceUrl has no trailing slash ("http://127.0.0.1:<port>/_connector").
    private static string ActivitiesUri(JsonElement inbound)
    {
        var serviceUrl = Str(inbound, "serviceUrl")!.TrimEnd('/');
        var conversationId = inbound.GetProperty("conversation").GetProperty("id").GetString()!;
        return $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
    }

    private static bool BotWasAdded(JsonElement activity)
    {
        var botId = activity.GetProperty("recipient").GetProperty("id").GetString();
        return activity.TryGetProperty("membersAdded", out var added)
            && added.EnumerateArray().Any(member => Str(member, "id") == botId);
    }

    private static string StripMention(string text)
    {
        var end = text.IndexOf("</at>", StringComparison.Ordinal);
        return (end >= 0 ? text[(end + "</at>".Length)..] : text).Trim();
    }

    private static JsonObject Text(string text) => new() { ["type"] = "message", ["text"] = text };

    // Attachment only: a message with both text and an attachment is split in two by the Playground
    // and answered 202 without an id, which would make the card impossible to update.
    private static JsonObject CardMessage(string title) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = Card(title),
        }),
    };

    private static JsonObject Card(string title) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["wrap"] = true }),
        ["actions"] = new JsonArray(
            new JsonObject { ["type"] = "Action.Execute", ["title"] = "Stem", ["verb"] = CardVerb, ["data"] = new JsonObject { ["noteId"] = "n1" } },
            new JsonObject { ["type"] = "Action.Submit", ["title"] = "Akkoord", ["data"] = new JsonObject { ["keuze"] = "akkoord" } }),
    };

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
