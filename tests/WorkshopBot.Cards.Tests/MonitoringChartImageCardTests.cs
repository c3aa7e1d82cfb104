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
