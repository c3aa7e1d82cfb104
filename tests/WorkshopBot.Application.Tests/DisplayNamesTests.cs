using WorkshopBot.Application.Identity;
using Xunit;

namespace WorkshopBot.Application.Tests;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData("Sanne Jansen (Welzijn Neder-Betuwe)", "Welzijn Neder-Betuwe")]
    [InlineData("Joke van den Berg (Adviesraad Sociaal Domein)", "Adviesraad Sociaal Domein")]
    [InlineData("Marieke de Vries", null)]
    [InlineData("Piet (Guest)", null)]
    [InlineData("Piet (Gast)", null)]
    [InlineData("()", null)]
    [InlineData(null, null)]
    public void Organisation_FromTeamsDisplayName_TakesTheSuffix(string? displayName, string? expected)
    {
        Assert.Equal(expected, DisplayNames.Organisation(displayName));
    }

    [Theory]
    [InlineData("Fatma Yilmaz (GGD Gelderland-Zuid)", "Fatma Yilmaz", "GGD Gelderland-Zuid")]
    [InlineData("Marieke de Vries", "Marieke de Vries", null)]
    [InlineData("Piet (Gast)", "Piet (Gast)", null)]
    [InlineData("  Sanne Jansen  (Welzijn)  ", "Sanne Jansen", "Welzijn")]
    public void Split_TeamsDisplayName_NameWithoutTheOrganisation(string displayName, string expectedName, string? expectedOrganisation)
    {
        var split = DisplayNames.Split(displayName);

        Assert.Equal(expectedName, split.Name);
        Assert.Equal(expectedOrganisation, split.Organisation);
    }
}
