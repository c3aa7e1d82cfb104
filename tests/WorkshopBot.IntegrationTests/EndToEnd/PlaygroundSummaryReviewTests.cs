using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Playground;
using Xunit;
using Xunit.Abstractions;

namespace WorkshopBot.IntegrationTests.EndToEnd;

// Issue 6 end to end through the real Agents Playground and its mock team "Grote groep sociaal
// domein": the traject is created in the General channel (the large group), the werkgroep works in
// the team's other channel. Publishing posts the summary as a new thread in General; three partners
// answer on the card (akkoord, vraag and bezwaar with comments), one changes their answer, the
// moderator (Marieke, the Playground's current user) gets the vraag and the bezwaar in her 1:1 chat
// with the bot (her co-moderator Fleur too, seen in the Playground's log stream), and version 2
// supersedes version 1. Every Playground activity carries the en-US locale, so the summary is published
// in English and its shared card stays in the publisher's language whoever clicks.
[Trait("Category", "Integration")]
public sealed partial class PlaygroundSummaryReviewTests(WorkshopBotPlaygroundFixture fixture, ITestOutputHelper output)
    : IClassFixture<WorkshopBotPlaygroundFixture>
{
    private const string ThreadLinkPrefix = "https://teams.microsoft.com/l/message/";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task PublishAnswerChangeAndSupersede_TallyModeratorOneToOneAndNewVersion()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = cts.Token;
        var clock = Stopwatch.StartNew();
        var client = fixture.Client;
        var tenant = await client.GetTenantAsync(ct);
        var largeGroup = tenant.Team.Id;
        var werkgroepChannel = tenant.Team.Channels.Single(c => c.Id != largeGroup).Id;
        var moderatorChat = tenant.PersonalChatId;
        var marieke = tenant.CurrentUser;
        var joke = tenant.UserNamed("Joke");
        var pieter = tenant.UserNamed("Pieter");
        var sanne = tenant.UserNamed("Sanne");
        var fleur = tenant.UserNamed("Fleur");
        await using var stream = await client.ConnectAsync(ct);
        await using var log = await client.ConnectLogAsync(ct);

        // The moderator creates the traject in the large group's General channel…
        var trajectPost = await client.SendMessageAsync(largeGroup, "traject Kwaliteitskompas sociaal domein", mentionBot: true, ct);
        var trajectForm = await stream.WaitForAsync(e => e.IsCreate && e.ThreadConversationId == trajectPost.ConversationId && e.Card is not null, Wait, ct);
        var traject = await client.ClickExecuteAsync(trajectPost.ConversationId, trajectForm.MessageId!, marieke.Id, "createTraject",
            new JsonObject { ["trajectName"] = "Kwaliteitskompas sociaal domein", ["gemeente"] = "Neder-Betuwe", ["theme"] = "Eenzaamheid" }, ct);
        Assert.True(traject.IsCard, traject.Value.ToString());

        // …and starts the werkgroep in the team's other channel, which offers the team's traject.
        var werkgroepPost = await client.SendMessageAsync(werkgroepChannel, "werkgroep Eenzaamheid onder ouderen", mentionBot: true, ct);
        var werkgroepForm = await stream.WaitForAsync(e => e.IsCreate && e.ThreadConversationId == werkgroepPost.ConversationId && e.Card is not null, Wait, ct);
        var trajectId = InputValue(werkgroepForm.Card!.Value, "trajectChoice");
        Assert.StartsWith("tr-", trajectId, StringComparison.Ordinal);
        var werkgroep = await client.ClickExecuteAsync(werkgroepPost.ConversationId, werkgroepForm.MessageId!, marieke.Id, "startWerkgroep",
            new JsonObject { ["trajectChoice"] = trajectId, ["werkgroepName"] = "Eenzaamheid onder ouderen", ["organisation"] = "Gemeente Neder-Betuwe" }, ct);
        Assert.True(werkgroep.IsCard, werkgroep.Value.ToString());

        // Fleur (beleid) co-moderates. No card names a co-moderator yet, so she is added to the
        // stored traject the way the domain does it.
        var named = await fixture.Host.Services.GetRequiredService<WorkshopService>().UpdateTrajectAsync(
            trajectId, (t, now) => t.AddModerator(new Actor(marieke.AadObjectId, marieke.Name), new Person(fleur.AadObjectId, fleur.Name), now), ct);
        Assert.True(named.IsSuccess, named.Error?.Message);
        output.WriteLine($"traject and werkgroep ready after {clock.Elapsed.TotalSeconds:F1} s");

        // Version 1: a new thread in the large group's channel, not in the werkgroep's channel.
        var v1 = await PublishAsync(client, stream, werkgroepChannel, largeGroup, marieke, ct);
        Assert.Equal(1, SummaryVersion(v1.Card!.Value));
        var summaryId = CardSearch.FindData(v1.Card.Value, "summaryId")!;
        var v1Thread = v1.ThreadConversationId;

        async Task<string> Answer(PlaygroundUser who, string answer, string? comment)
        {
            var data = new JsonObject { ["summaryId"] = summaryId, ["summaryVersion"] = 1, ["reviewAnswer"] = answer };
            if (comment is not null)
            {
                data["reviewComment"] = comment;
            }

            var own = await client.ClickExecuteAsync(v1Thread, v1.MessageId!, who.Id, "respondToSummary", data, ct);
            Assert.True(own.IsCard, $"{who.Name} {answer}: {own.Type} {own.Value}");
            Assert.Contains("Your response:", Texts(own.Value), StringComparison.Ordinal);

            // The shared card in the thread is changed for everyone (PUT), seen in the Playground.
            var shared = await stream.WaitForAsync(e => e.IsUpdate && e.MessageId == v1.MessageId, Wait, ct);
            return Texts(shared.Card!.Value);
        }

        const string question = "Wie levert de cijfers over eenzaamheid aan, de GGD of de gemeente?";
        const string objection = "Het resultaat noemt geen doelgroep: gaat het om alle 65-plussers of alleen om alleenwonenden?";
        var afterJoke = await Answer(joke, "akkoord", null);
        Assert.Contains("1 agree", afterJoke, StringComparison.Ordinal);
        await Answer(pieter, "vraag", question);
        var tally = await Answer(sanne, "bezwaar", objection);

        Assert.Contains("1 agree", tally, StringComparison.Ordinal);
        Assert.Contains("1 question", tally, StringComparison.Ordinal);
        Assert.Contains("1 objection", tally, StringComparison.Ordinal);
        Assert.Contains(question, tally, StringComparison.Ordinal);
        Assert.Contains(objection, tally, StringComparison.Ordinal);
        Assert.Contains("Joke van den Berg", tally, StringComparison.Ordinal);
        var stored = await StoredReviewAsync(summaryId, ct);
        Assert.Equal(ReviewAnswer.Akkoord, stored.ResponseOf(joke.AadObjectId)?.Answer);
        Assert.Equal((ReviewAnswer.Vraag, question), (stored.ResponseOf(pieter.AadObjectId)?.Answer, stored.ResponseOf(pieter.AadObjectId)?.Comment));
        Assert.Equal((ReviewAnswer.Bezwaar, objection), (stored.ResponseOf(sanne.AadObjectId)?.Answer, stored.ResponseOf(sanne.AadObjectId)?.Comment));

        // Pieter's question is answered in the meeting: he changes his answer to akkoord.
        var changed = await Answer(pieter, "akkoord", null);

        Assert.Contains("2 agree", changed, StringComparison.Ordinal);
        Assert.Contains("0 question", changed, StringComparison.Ordinal);
        Assert.Contains("1 objection", changed, StringComparison.Ordinal);
        Assert.DoesNotContain(question, changed, StringComparison.Ordinal);
        var afterChange = (await StoredReviewAsync(summaryId, ct)).ResponseOf(pieter.AadObjectId);
        Assert.Equal((ReviewAnswer.Akkoord, 2), (afterChange?.Answer, afterChange?.Revision)); // his second answer

        // The moderator's 1:1 chat with the bot got the vraag and the bezwaar, each with the comment
        // and a link to the summary's thread.
        var v1Link = ThreadLink(v1Thread);
        var questionNote = await stream.WaitForAsync(e => e.IsCreate && e.ConversationId == moderatorChat && Texts(e.Card).Contains(question, StringComparison.Ordinal), Wait, ct);
        var objectionNote = await stream.WaitForAsync(e => e.IsCreate && e.ConversationId == moderatorChat && Texts(e.Card).Contains(objection, StringComparison.Ordinal), Wait, ct);
        Assert.Contains("Pieter Bakker", Texts(questionNote.Card), StringComparison.Ordinal);
        Assert.Contains("has a question about the summary", Texts(questionNote.Card), StringComparison.Ordinal);
        Assert.Contains("Sanne Jansen", Texts(objectionNote.Card), StringComparison.Ordinal);
        Assert.Contains("objects to the summary", Texts(objectionNote.Card), StringComparison.Ordinal);
        Assert.Contains(v1Link, Texts(questionNote.Card), StringComparison.Ordinal);
        Assert.Contains(v1Link, Texts(objectionNote.Card), StringComparison.Ordinal);

        // Fleur's 1:1 chat is not the current user's, so the Playground shows it nowhere in its chat
        // UI or conversation stream; the bot's requests into it are in the Playground's log stream.
        var fleurChatCreated = await log.WaitForAsync(e => RequestBody(e) is { } body && body.Contains(fleur.Id, StringComparison.Ordinal) && LogString(e, "activityName") == "createConversation", Wait, ct);
        var fleurChat = fleurChatCreated.Raw.GetProperty("log").GetProperty("response").GetProperty("body").GetProperty("id").GetString()!;
        await log.WaitForAsync(e => LogString(e, "conversationId") == fleurChat && RequestBody(e)!.Contains(question, StringComparison.Ordinal), Wait, ct);
        await log.WaitForAsync(e => LogString(e, "conversationId") == fleurChat && RequestBody(e)!.Contains(objection, StringComparison.Ordinal), Wait, ct);
        Assert.NotEqual(moderatorChat, fleurChat);
        Assert.DoesNotContain(stream.Events, e => e.ConversationId == fleurChat);
        output.WriteLine($"answers, tally and 1:1 notifications after {clock.Elapsed.TotalSeconds:F1} s");

        // Version 2: a new card in a new thread; version 1's card now says it is replaced, with a link.
        // Identical content makes no new version, so something changes first: Sanne joins the werkgroep.
        var workshops = fixture.Host.Services.GetRequiredService<WorkshopService>();
        var werkgroepNow = (await workshops.FindWerkgroepByConversationAsync(werkgroepChannel, ct))!;
        var joined = await workshops.UpdateWerkgroepAsync(
            werkgroepNow.Id, (w, now) => w.SetOrganisation(new Actor(sanne.AadObjectId, sanne.Name), sanne.AadObjectId, "Welzijn Neder-Betuwe", now), ct);
        Assert.True(joined.IsSuccess, joined.Error?.Message);
        var v2 = await PublishAsync(client, stream, werkgroepChannel, largeGroup, marieke, ct);
        Assert.Equal(2, SummaryVersion(v2.Card!.Value));
        Assert.NotEqual(v1Thread, v2.ThreadConversationId);
        Assert.NotEqual(summaryId, CardSearch.FindData(v2.Card.Value, "summaryId"));
        var superseded = await stream.WaitForAsync(e => e.IsUpdate && e.MessageId == v1.MessageId, Wait, ct);
        var supersededText = Texts(superseded.Card!.Value);

        Assert.Contains("Replaced by version 2", supersededText, StringComparison.Ordinal);
        Assert.Contains(ThreadLink(v2.ThreadConversationId), supersededText, StringComparison.Ordinal);
        Assert.DoesNotContain("respondToSummary", superseded.Card.Value.GetRawText(), StringComparison.Ordinal);

        // Only the vraag and the bezwaar reached the moderator: akkoord (also the changed answer) does not.
        Assert.Equal(2, stream.Events.Count(e => e.IsCreate && e.ConversationId == moderatorChat));
        output.WriteLine($"done after {clock.Elapsed.TotalSeconds:F1} s");
    }

    // A log stream frame {logAction, log {conversationId, activityName, request {body}, response}}.
    private static string? LogString(PlaygroundEvent frame, string name) =>
        frame.Raw.TryGetProperty("log", out var log) && log.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The body the bot sent to the mock connector, unescaped.
    private static string? RequestBody(PlaygroundEvent frame) =>
        frame.Raw.TryGetProperty("log", out var log) && log.TryGetProperty("request", out var request) && request.TryGetProperty("body", out var body)
            ? Texts(body)
            : null;

    private async Task<SummaryReview> StoredReviewAsync(string summaryId, CancellationToken ct)
    {
        Assert.True(SummaryCardIds.TryParse(summaryId, out var trajectId, out var reviewId), summaryId);
        var store = fixture.Host.Services.GetRequiredService<ISummaryReviewStore>();
        var stored = await store.GetAsync(trajectId, reviewId, ct);
        Assert.NotNull(stored);
        return stored.Value;
    }

    // "samenvatting" in the werkgroep's channel; the card appears as a new post in the large group's
    // channel (a thread of its own), and the moderator is told in the werkgroep's post.
    // "samenvatting" shows the summary (it never publishes); the moderator's "Publiceren" click shows what
    // changed, and "Bevestigen" publishes the version as a new thread in the large group's channel.
    private static async Task<PlaygroundEvent> PublishAsync(
        PlaygroundClient client, PlaygroundStream stream, string werkgroepChannel, string largeGroup, PlaygroundUser moderator, CancellationToken ct)
    {
        var post = await client.SendMessageAsync(werkgroepChannel, "samenvatting", mentionBot: true, ct);
        var shown = await stream.WaitForAsync(e => e.IsCreate && e.ThreadConversationId == post.ConversationId && e.Card is not null, Wait, ct);
        var preview = await client.ClickExecuteAsync(post.ConversationId, shown.MessageId!, moderator.Id, "publishSummary", new JsonObject(), ct);
        Assert.True(preview.IsCard, preview.Value.ToString());
        var confirmed = await client.ClickExecuteAsync(post.ConversationId, shown.MessageId!, moderator.Id, "publishSummary", new JsonObject { ["publishStep"] = "confirm" }, ct);
        Assert.True(confirmed.IsCard && Texts(confirmed.Value).Contains("is posted in the large group's channel", StringComparison.Ordinal), confirmed.Value.ToString());
        var card = await stream.WaitForAsync(
            e => e.IsCreate && e.ConversationId == largeGroup && e.PostConversationId is not null && CardSearch.FindData(e.Card ?? default, "summaryId") is not null,
            Wait,
            ct);
        Assert.StartsWith(largeGroup + ";messageid=", card.ThreadConversationId, StringComparison.Ordinal);
        return card;
    }

    // The Teams deep link to a channel thread "{channel};messageid={root}".
    private static string ThreadLink(string threadConversationId)
    {
        var parts = threadConversationId.Split(";messageid=", 2);
        return $"{ThreadLinkPrefix}{Uri.EscapeDataString(parts[0])}/{parts[1]}?";
    }

    private static int? SummaryVersion(JsonElement card) => FindNumber(card, "summaryVersion");

    private static int? FindNumber(JsonElement element, string key)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == key && property.Value.ValueKind == JsonValueKind.Number)
                {
                    return property.Value.GetInt32();
                }

                if (FindNumber(property.Value, key) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindNumber(item, key) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    // The value of the input with this id (e.g. the preselected choice of a ChoiceSet).
    private static string InputValue(JsonElement element, string inputId)
    {
        var found = FindInput(element, inputId);
        Assert.False(string.IsNullOrEmpty(found), $"input '{inputId}' has no value in {element}");
        return found!;
    }

    private static string? FindInput(JsonElement element, string inputId)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == inputId
                && element.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            foreach (var property in element.EnumerateObject())
            {
                if (FindInput(property.Value, inputId) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindInput(item, inputId) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    // Every string in a card, one per line: what a user reads (texts, with the markdown escapes the
    // bot puts before user text removed) and what a click opens (urls).
    private static string Texts(JsonElement? card)
    {
        var text = new StringBuilder();
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    text.AppendLine(MarkdownEscape().Replace(element.GetString()!, "$1"));
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        if (card is { } value)
        {
            Walk(value);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>~])")]
    private static partial Regex MarkdownEscape();
}
