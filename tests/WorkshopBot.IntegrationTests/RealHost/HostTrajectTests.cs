using System.Text;
using System.Text.Json.Nodes;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports;
using WorkshopBot.Exports.Mapping;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 12, finding 10: ambitions typed on the create card are stored, shown by "traject" and exported;
// a guest's organisation from their Teams name appears once.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostTrajectTests(AzuriteFixture azurite) : HostBenchTest(azurite, checkCardsAtEnd: true)
{
    private static readonly HostUser Mirjam = new("29:1mirjam-teams-mri-Xy7Q", "Mirjam de Vries", "3f2b1a0c-6d5e-4f7a-8b9c-0d1e2f3a4b5c");
    private static readonly HostUser Fatma = new("29:1fatma-teams-mri-Kp2W", "Fatma Yilmaz (GGD Gelderland-Zuid)", "7c1e4b2a-9d3f-4a6b-8e5c-2f1a3b4c5d6e");

    [Fact]
    public async Task Traject_CreatedWithAmbitions_ShownByTrajectAndExportedWithNamesOnce()
    {
        var team = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var created = await Bench.PostAsync(InChannel(Bench.Invoke(team, Mirjam, "createTraject", new JsonObject
        {
            ["trajectName"] = "Samen tegen eenzaamheid 2026–2029",
            ["gemeente"] = "Neder-Betuwe",
            ["theme"] = "Eenzaamheid onder ouderen",
            ["ambitions"] = "Ouderen wonen langer zelfstandig thuis\n- minder eenzaamheid\n- meer mantelzorgondersteuning\nIedereen doet mee",
        }), team), Ct);
        Assert.True(created.IsCard, created.ToString());

        await Bench.PostAsync(InChannel(Bench.Message(team, Mirjam, "traject"), team), Ct);
        var overview = CardQuery.AllText(Bench.ConnectorCards()[^1]);
        Assert.Contains("Ouderen wonen langer zelfstandig thuis", overview, StringComparison.Ordinal);
        Assert.Contains("- meer mantelzorgondersteuning", overview, StringComparison.Ordinal);
        Assert.Contains("Iedereen doet mee", overview, StringComparison.Ordinal);

        var again = await Bench.PostAsync(InChannel(Bench.Invoke(team, Mirjam, "createTraject", new JsonObject { ["trajectName"] = "Nog een traject" }), team), Ct);
        Assert.Contains("Er is hier al een traject", CardQuery.AllText(again.Card!), StringComparison.Ordinal);
        Assert.Contains("Iedereen doet mee", CardQuery.AllText(again.Card!), StringComparison.Ordinal);

        var traject = (await Bench.Workshops.FindTrajectByConversationAsync(team, Ct))!;
        var chat = HostBench.NewConversationId();
        var started = await Bench.PostAsync(Bench.Invoke(chat, Mirjam, "startWerkgroep", new JsonObject
        {
            ["trajectChoice"] = traject.Id,
            ["werkgroepName"] = "Eenzaamheid Kesteren",
            ["organisation"] = "Gemeente Neder-Betuwe",
        }), Ct);
        Assert.True(started.IsCard, started.ToString());
        var werkgroepId = (await Bench.Workshops.FindWerkgroepByConversationAsync(chat, Ct))!.Id;
        await Bench.PostAsync(Bench.Invoke(chat, Mirjam, "openStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);

        var added = await Bench.PostAsync(Bench.Invoke(chat, Fatma, "addNotes", HostBench.NoteData(werkgroepId, "Gezondheidsmonitor ouderen")), Ct);
        Assert.True(added.IsCard, added.ToString());
        await Bench.PostAsync(Bench.Message(chat, Mirjam, "bord"), Ct);
        var stepCard = CardQuery.AllText(Bench.ConnectorCards()[^1]);
        Assert.Equal(1, CountOf(stepCard, "GGD Gelderland\\-Zuid"));

        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        var member = werkgroep.FindMember(Fatma.AadObjectId)!;
        Assert.Equal(("Fatma Yilmaz", "GGD Gelderland-Zuid", Fatma.Id), (member.Name, member.Organisation, member.TeamsId));
        var export = Exporters.Render(ExportFormat.Json, WerkgroepExportMapper.From(await Bench.Workshops.GetTrajectAsync(traject.Id, Ct), werkgroep, DateTimeOffset.UtcNow), Language.Dutch);
        var json = JsonNode.Parse(Encoding.UTF8.GetString(export.Content))!.ToJsonString();
        Assert.Contains("Ouderen wonen langer zelfstandig thuis", json, StringComparison.Ordinal);
        Assert.Contains("minder eenzaamheid", json, StringComparison.Ordinal);
        Assert.Contains("\"Fatma Yilmaz\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatma Yilmaz (", json, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    // The large group's General channel: its conversation id is the team id.
    private static JsonObject InChannel(JsonObject activity, string team)
    {
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        activity["channelData"]!["team"] = new JsonObject { ["id"] = team };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = team, ["name"] = "Algemeen" };
        return activity;
    }
}
