using System.Net;
using WorkshopBot.Cards;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 5: notes are coloured by organisation, and people whose Teams name carries no
// "(Organisation)" say which one they represent by typing "organisatie …" to the bot.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostOrganisationTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task Message_Organisatie_GivesTheSendersEarlierNotesThatOrganisationAndRepliesInDutch()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var sanne = HostBench.User("Sanne Visser");
        await Bench.PostAsync(Bench.Message(conversation, sanne, "nieuwe notitie Ophaaldienst voor de soos"), Ct);

        var reply = await Bench.PostAsync(Bench.Message(conversation, sanne, "organisatie Welzijn Neder-Betuwe"), Ct);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.Equal("Welzijn Neder-Betuwe", werkgroep.OrganisationOf(Assert.Single(werkgroep.Notes)));
        var confirmation = CardMarkdown.Escape("je vertegenwoordigt Welzijn Neder-Betuwe");
        Assert.Contains(Bench.ConnectorCards(), card => CardQuery.AllText(card).Contains(confirmation, StringComparison.Ordinal));
        Bench.AssertEveryCardValid();
    }
}
