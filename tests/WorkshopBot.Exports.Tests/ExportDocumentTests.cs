using System.Text;
using System.Text.Json;
using WorkshopBot.Exports.Model;
using Xunit;

namespace WorkshopBot.Exports.Tests;

public sealed class ExportDocumentTests
{
    [Fact]
    public void WithoutPersonNames_Members_KeepsEachOrganisationOnceWithoutAName()
    {
        var document = SampleDocuments.NederBetuwe() with
        {
            Participants = [new("Anke de Vries", "Gemeente"), new("Jeroen Bakker", "Welzijn"), new("Kees Verbeek", "Gemeente"), new("Zonder Organisatie", " ")],
        };

        var participants = document.WithoutPersonNames().Participants;

        Assert.Equal([new ExportParticipant("", "Gemeente"), new ExportParticipant("", "Welzijn")], participants);
    }

    [Fact]
    public void WithoutPersonNames_JsonExport_HasNoMemberName()
    {
        var sample = SampleDocuments.NederBetuwe();

        var json = Encoding.UTF8.GetString(JsonExporter.Render(sample.WithoutPersonNames()));

        var organisations = JsonDocument.Parse(json).RootElement.GetProperty("document").GetProperty("participants")
            .EnumerateArray().Select(p => p.GetProperty("organisation").GetString());
        Assert.Contains("Cliëntondersteuning Betuwe", organisations);
        Assert.All(sample.Participants, p => Assert.DoesNotContain(p.Name, json));
    }
}
