using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Playground;
using Xunit;

namespace WorkshopBot.IntegrationTests.EndToEnd;

// Issue 2's pipe, end to end through the real Agents Playground: install -> welcome card,
// help -> help card, start a werkgroep, open a step, add a note through the card -> the refreshed
// card shows the note, and everyone's copy is updated (PUT).
[Trait("Category", "Integration")]
public sealed class PlaygroundEndToEndTests(WorkshopBotPlaygroundFixture fixture) : IClassFixture<WorkshopBotPlaygroundFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task InstallHelpStartAndAddNote_ShowsCardsAndStoresNote()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        var client = fixture.Client;
        var tenant = await client.GetTenantAsync(ct);
        var chat = tenant.GroupChat.Id;
        var marieke = tenant.CurrentUser;
        var sanne = tenant.UserNamed("Sanne");
        await using var stream = await client.ConnectAsync(ct);

        await client.InstallBotAsync(chat, ct);
        var welcome = await stream.WaitForAsync(e => e.IsCreate && e.ConversationId == chat && Text(e.Card).Contains("Kwaliteitskompas", StringComparison.Ordinal), Wait, ct);

        await client.SendMessageAsUserAsync(chat, sanne.Id, "help", mentionBot: true, "nl-NL", ct);
        var help = await stream.WaitForAsync(e => e.IsCreate && e.ConversationId == chat && Text(e.Card).Contains("nieuwe notitie", StringComparison.OrdinalIgnoreCase), Wait, ct);
        Assert.Contains("stap", Text(help.Card), StringComparison.OrdinalIgnoreCase);

        var started = await client.ClickExecuteAsync(chat, welcome.MessageId!, marieke.Id, "startWerkgroep",
            new JsonObject { ["werkgroepName"] = "Eenzaamheid onder ouderen", ["organisation"] = "Gemeente Neder-Betuwe" }, ct);
        Assert.True(started.IsCard, started.Value.ToString());
        var werkgroepId = CardSearch.FindData(started.Value, "werkgroepId");
        Assert.False(string.IsNullOrEmpty(werkgroepId));

        var opened = await client.ClickExecuteAsync(chat, welcome.MessageId!, marieke.Id, "openStep",
            new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }, ct);
        Assert.True(opened.IsCard, opened.Value.ToString());

        // The shared step card in the chat, which Sanne's click will refresh for everyone.
        await client.SendMessageAsUserAsync(chat, sanne.Id, "stap 3", mentionBot: true, "nl-NL", ct);
        var stepCard = await stream.WaitForAsync(e => e.IsCreate && e.ConversationId == chat && Text(e.Card).Contains("Activiteiten", StringComparison.Ordinal), Wait, ct);

        var added = await client.ClickExecuteAsync(chat, stepCard.MessageId!, sanne.Id, "addNotes",
            new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3, ["newNotes"] = "Wekelijkse buurtlunch in Dodewaard" }, ct);

        Assert.True(added.IsCard, added.Value.ToString());
        Assert.Contains("Wekelijkse buurtlunch in Dodewaard", Text(added.Value), StringComparison.Ordinal);
        var update = await stream.WaitForAsync(e => e.IsUpdate && e.MessageId == stepCard.MessageId, Wait, ct);
        Assert.Contains("1", Text(update.Card), StringComparison.Ordinal);
    }

    private static string Text(JsonElement? card) => card?.GetRawText() ?? "";
}
