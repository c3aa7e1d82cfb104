using System.Text.Json.Nodes;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

// The overview shows the measured indicators' charts as images (the host's signed PNG links), each with a
// text alternative; without charts (no measurements, or no public address) there is no image at all.
public sealed class MonitoringChartImageCardTests
{
    private const string Url = "https://workshopbot.example.nl/charts/wg-1/ind-1.png?expires=1800000000&sig=abc";

    [Fact]
    public void Overview_WithCharts_ShowsEachAsAnImageWithItsAltText()
    {
        var card = MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), false, Charts: [new("Inwoners *die* zich eenzaam voelen", Url)]), Language.Dutch);

        var image = Assert.Single(Images(card));
        Assert.Equal(Url, (string?)image["url"]);
        Assert.Equal("Grafiek van Inwoners *die* zich eenzaam voelen: nulmeting, de metingen per periode en de streefwaarde", (string?)image["altText"]);
        Assert.Contains("Voortgang per indicator", CardQuery.AllText(card));
    }

    [Fact]
    public void Overview_WithoutCharts_HasNoImage()
    {
        Assert.Empty(Images(MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), true), Language.English)));
        Assert.Empty(Images(MonitoringOverviewCard.Build(new MonitoringOverviewView(SampleMonitoring.View(), true, Charts: []), Language.English)));
    }

    // The chart links expire after a day but the card stays in the chat: the card asks Teams to refresh it for
    // the members (by their Teams ids, MRIs), with the overview's own verb and werkgroep, so whoever scrolls
    // back to it gets the overview of that moment with links signed then.
    [Fact]
    public void Overview_WithAudience_RefreshesItselfForTheMembersTeamsIds()
    {
        string[] members = ["29:1Xk2fQ9pLrT0dVb7mN3sYw4eHcJ6uA8gZ1oIqR5tW", "29:1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7"];
        var view = new MonitoringOverviewView(SampleMonitoring.View(), false, Charts: [new("Inwoners die zich eenzaam voelen", Url)], Audience: new CardAudience(2, members));

        var card = MonitoringOverviewCard.Build(view, Language.Dutch);

        var refresh = card["refresh"]!;
        Assert.Equal(members, refresh["userIds"]!.AsArray().Select(id => (string)id!).ToArray());
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal(CardVerbs.ShowMonitoring, (string?)refresh["action"]!["verb"]);
        Assert.Equal(SampleMonitoring.View().WerkgroepId, (string?)refresh["action"]!["data"]![CardDataKeys.WerkgroepId]);
        Assert.Null(refresh["action"]!["data"]![MonitoringInputs.Show]);
        Assert.DoesNotContain("Vernieuwen", CardQuery.ActionTitles(card));
    }

    // Teams refreshes at most 60 listed users: a bigger werkgroep gets the shared card with a manual button.
    [Fact]
    public void Overview_ForMoreThan60Members_OffersAManualRefreshInstead()
    {
        var view = new MonitoringOverviewView(SampleMonitoring.View(), false, Charts: [new("Inwoners die zich eenzaam voelen", Url)], Audience: SampleViews.Audience(61));

        var card = MonitoringOverviewCard.Build(view, Language.Dutch);

        Assert.Null(card["refresh"]);
        var manual = Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.ShowMonitoring), a => (string?)a["title"] == "Vernieuwen");
        Assert.Null(manual["data"]![MonitoringInputs.Show]);
    }

    private static List<JsonObject> Images(JsonNode? node)
    {
        var found = new List<JsonObject>();
        if (node is JsonObject o)
        {
            if ((string?)o["type"] == "Image")
            {
                found.Add(o);
            }

            foreach (var (_, value) in o)
            {
                found.AddRange(Images(value));
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                found.AddRange(Images(item));
            }
        }

        return found;
    }
}
