using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Playground;
using Xunit;

namespace WorkshopBot.IntegrationTests.EndToEnd;

// Issue 3 end to end through the real Agents Playground: silent brainstorm with concurrent notes,
// reveal, voting, promote the top note to a result, indicators with a coach section, lock the step,
// and a late note is refused with a clear message. Invokes carry the Playground's en-US locale.
[Trait("Category", "Integration")]
public sealed class PlaygroundWorkshopFlowTests(WorkshopBotPlaygroundFixture fixture) : IClassFixture<WorkshopBotPlaygroundFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SilentBrainstormVotePromoteIndicatorsLock_RefusesLateNote()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ct = cts.Token;
        var client = fixture.Client;
        var tenant = await client.GetTenantAsync(ct);
        var chat = tenant.GroupChat.Id;
        var marieke = tenant.CurrentUser;
        var users = new[] { tenant.UserNamed("Sanne"), tenant.UserNamed("Ahmed"), tenant.UserNamed("Joke") };
        await using var stream = await client.ConnectAsync(ct);

        await client.InstallBotAsync(chat, ct);
        var welcome = await stream.WaitForAsync(e => e.IsCreate && e.ConversationId == chat && Text(e.Card).Contains("Kwaliteitskompas", StringComparison.Ordinal), Wait, ct);
        var started = await client.ClickExecuteAsync(chat, welcome.MessageId!, marieke.Id, "startWerkgroep",
            new JsonObject { ["werkgroepName"] = "Eenzaamheid onder ouderen", ["organisation"] = "Gemeente Neder-Betuwe" }, ct);
        Assert.True(started.IsCard, started.Value.ToString());
        var werkgroepId = CardSearch.FindData(started.Value, "werkgroepId")!;

        await client.SendMessageAsUserAsync(chat, marieke.Id, "stap 2", mentionBot: true, "nl-NL", ct);
        var stepCard = await stream.WaitForAsync(e => e.IsCreate && e.ConversationId == chat && Text(e.Card).Contains("Maatschappelijk", StringComparison.Ordinal), Wait, ct);
        var cardId = stepCard.MessageId!;
        JsonObject Step(int step, params (string Key, JsonNode? Value)[] extra)
        {
            var data = new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = step };
            foreach (var (key, value) in extra)
            {
                data[key] = value;
            }

            return data;
        }

        async Task<PlaygroundInvokeResponse> Click(string userId, string verb, JsonObject data)
        {
            var response = await client.ClickExecuteAsync(chat, cardId, userId, verb, data, ct);
            Assert.True(response.IsCard, $"{verb}: {response.Type} {response.Value}");
            return response;
        }

        await Click(marieke.Id, "openStep", Step(2));
        await Click(marieke.Id, "startSilent", Step(2));

        // Three participants add notes at the same moment during the silent brainstorm.
        var notes = new[] { "Minder eenzame ouderen in Dodewaard", "Meer ontmoetingsplekken in de wijk", "Ouderen kennen hun buren" };
        var added = await Task.WhenAll(users.Select((user, i) =>
            client.ClickExecuteAsync(chat, cardId, user.Id, "addNotes", Step(2, ("newNotes", notes[i])), ct)));
        Assert.All(added, a => Assert.True(a.IsCard, a.Value.ToString()));
        Assert.Contains(notes[0], Text(added[0].Value), StringComparison.Ordinal);
        Assert.DoesNotContain(notes[1], Text(added[0].Value), StringComparison.Ordinal);

        var revealed = await Click(marieke.Id, "revealNotes", Step(2));
        foreach (var note in notes)
        {
            Assert.Contains(note, Text(revealed.Value), StringComparison.Ordinal);
        }

        await Click(marieke.Id, "startVoting", Step(2, ("votingDots", 3)));
        var topNoteId = NoteIdOf(revealed.Value, notes[0]);
        await Task.WhenAll(users.Select(user => Click(user.Id, "castVote", Step(2, ("noteId", topNoteId)))));
        await Click(marieke.Id, "closeVoting", Step(2));

        var promoted = await Click(marieke.Id, "promoteNote", Step(2, ("noteId", topNoteId), ($"promoteKind_{topNoteId}", "result")));
        Assert.Contains(notes[0], Text(promoted.Value), StringComparison.Ordinal);
        Assert.Contains("showEditForm", Text(promoted.Value), StringComparison.Ordinal);
        Assert.Contains("Coach", Text(promoted.Value), StringComparison.Ordinal);
        var resultId = CardSearch.FindData(promoted.Value, "itemId")!;

        await Click(marieke.Id, "openStep", Step(5));
        var indicator = await Click(users[0].Id, "proposeItem", Step(5,
            ("itemKind", "indicator"), ("resultId", resultId),
            ("indicatorName", "Percentage 65-plussers dat zich eenzaam voelt"),
            ("definition", "Aandeel 65-plussers met score 3 of hoger op de eenzaamheidsschaal"),
            ("numerator", "65-plussers met score 3+"), ("denominator", "alle 65-plussers in de steekproef"),
            ("measure", "tellen"), ("level", "outcome"), ("dataSource", "GGD Gezondheidsmonitor"),
            ("existingRegistration", "true"), ("owner", "GGD Gelderland-Zuid"), ("frequency", "elke 4 jaar"),
            ("baseline", "45%"), ("target", "36%"), ("direction", "decrease"), ("priority", "needToKnow")));
        // The card shows the heading escaped for markdown (65\-plussers); the edit form is a dialog now.
        Assert.Contains("Percentage 65", Text(indicator.Value), StringComparison.Ordinal);
        Assert.Contains("What is good", Text(indicator.Value), StringComparison.Ordinal);

        var story = await Click(users[1].Id, "proposeItem", Step(5,
            ("itemKind", "indicator"), ("resultId", resultId),
            ("indicatorName", "Verhalen van ouderen over contact met buren"),
            ("measure", "vertellen"), ("level", "outcome"), ("dataSource", "interviews door de ouderenadviseur")));
        Assert.Contains("Verhalen van ouderen", Text(story.Value), StringComparison.Ordinal);

        await Click(marieke.Id, "lockStep", Step(5));
        var late = await client.ClickExecuteAsync(chat, cardId, users[2].Id, "addNotes", Step(5, ("newNotes", "Nog een idee")), ct);

        Assert.Equal(PlaygroundInvokeResponse.ErrorType, late.Type);
        Assert.Contains("locked", Text(late.Value), StringComparison.OrdinalIgnoreCase);
    }

    private static string Text(JsonElement? card) => card?.GetRawText() ?? "";

    // The note id in the data of the first action that follows the note's text in the card.
    private static string NoteIdOf(JsonElement card, string noteText)
    {
        var raw = card.GetRawText();
        var at = raw.IndexOf(JsonSerializer.Serialize(noteText).Trim('"'), StringComparison.Ordinal);
        Assert.True(at >= 0, $"note '{noteText}' not on the card");
        var key = raw.IndexOf("\"noteId\":\"", at, StringComparison.Ordinal);
        Assert.True(key >= 0, "no noteId after the note");
        var start = key + "\"noteId\":\"".Length;
        return raw[start..raw.IndexOf('"', start)];
    }
}
