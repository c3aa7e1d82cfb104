using System.Text;
using System.Text.Json;
using Xunit;

namespace WorkshopBot.Exports.Tests;

public sealed class JsonExporterTests
{
    [Fact]
    public void Render_SampleDocument_RoundTripsToTheSameDocument()
    {
        var bytes = JsonExporter.Render(SampleDocuments.NederBetuwe());

        var read = JsonExporter.Read(bytes);

        Assert.NotNull(read);
        Assert.Equal(JsonExporter.SchemaVersion, read.SchemaVersion);
        Assert.Equal(bytes, JsonExporter.Render(read.Document));
        Assert.Equal(SampleDocuments.GeneratedAt, read.Document.GeneratedAt);
        Assert.Equal(8, read.Document.Indicators.Count);
        Assert.Null(read.Document.Indicators[7].ResultId);
        Assert.Equal(["Nulmeting ontbreekt nog", "Bron voor 'nieuwe buur' afspreken"], read.Document.Results[1].OpenCoachingPoints);
    }

    [Fact]
    public void Render_SampleDocument_UsesCamelCaseNamesEnumValuesAndSchemaVersion()
    {
        using var json = JsonDocument.Parse(JsonExporter.Render(SampleDocuments.NederBetuwe()));

        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var document = root.GetProperty("document");
        Assert.Equal("werkgroep", document.GetProperty("kind").GetString());
        Assert.Equal("Neder-Betuwe", document.GetProperty("gemeente").GetString());
        var indicator = document.GetProperty("indicators")[0];
        Assert.Equal("tellen", indicator.GetProperty("measure").GetString());
        Assert.Equal("needToKnow", indicator.GetProperty("priority").GetString());
        Assert.Equal("yes", indicator.GetProperty("existingRegistration").GetString());
        // The JSON is for machines: it keeps the stored ids for linking, and carries the readable number too.
        Assert.Equal(SampleDocuments.IdOf("I1"), indicator.GetProperty("id").GetString());
        Assert.Equal("I1", indicator.GetProperty("number").GetString());
        Assert.Equal(SampleDocuments.IdOf("R1"), indicator.GetProperty("resultId").GetString());
        Assert.Equal(SampleDocuments.IdOf("R1"), document.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal("R1", document.GetProperty("results")[0].GetProperty("number").GetString());
        Assert.False(document.GetProperty("indicators")[7].TryGetProperty("resultId", out _));
    }

    [Fact]
    public void Render_HostileText_EscapesHtmlInTheFileButKeepsTextOnRead()
    {
        var bytes = JsonExporter.Render(SampleDocuments.Hostile());

        var raw = Encoding.UTF8.GetString(bytes);
        var read = JsonExporter.Read(bytes)!;

        Assert.DoesNotContain("<script>", raw);
        Assert.DoesNotContain("\\u0001", raw);
        Assert.Equal("<script>alert(1)</script>", read.Document.Title);
        Assert.Equal("=HYPERLINK(\"http://x\")", read.Document.Indicators[1].Name);
        Assert.Equal("badchar", read.Document.Indicators[7].Name);
    }
}
