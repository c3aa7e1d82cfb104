using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class OrganisationPaletteTests
{
    [Fact]
    public void ColourFor_SameOrganisationDifferentSpelling_SameColour()
    {
        Assert.Equal(OrganisationPalette.ColourFor("Welzijn Rivierenland"), OrganisationPalette.ColourFor(" welzijn rivierenland "));
    }

    [Fact]
    public void ColourFor_NoOrganisation_NeutralColour()
    {
        Assert.Equal(OrganisationPalette.Unknown, OrganisationPalette.ColourFor(null));
    }

    [Fact]
    public void ColourFor_TypicalPartners_UseSeveralColours()
    {
        string[] partners = ["Gemeente Neder-Betuwe", "Welzijn Rivierenland", "MEE Gelderse Poort", "Sociaal Team", "Adviesraad Sociaal Domein", "Vluchtelingenwerk"];

        Assert.True(partners.Select(OrganisationPalette.ColourFor).Distinct().Count() >= 4);
        Assert.All(partners, p => Assert.Contains(OrganisationPalette.ColourFor(p), OrganisationPalette.Colours));
    }
}
