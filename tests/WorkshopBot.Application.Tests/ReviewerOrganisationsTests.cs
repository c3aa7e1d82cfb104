using WorkshopBot.Application.Summaries;
using Xunit;

namespace WorkshopBot.Application.Tests;

public sealed class ReviewerOrganisationsTests
{
    private static readonly Dictionary<string, string> NoneKnown = [];

    [Theory]
    [InlineData("jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com", "welzijn-nb.nl")]
    [InlineData("jan_de_vries_GGD-Gelderland.nl#EXT#@gemeente.onmicrosoft.com", "ggd-gelderland.nl")]
    [InlineData("p.jansen@Gemeente.nl", "gemeente.nl")]
    [InlineData("beheer@neder-betuwe.onmicrosoft.com", "neder-betuwe")]
    [InlineData("geen-adres", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Domain_Address_HomeDomain(string? address, string? expected)
    {
        var domain = ReviewerOrganisations.Domain(address);

        Assert.Equal(expected, domain);
    }

    [Fact]
    public void Reviewers_GuestWithoutSuffixOrColleague_NoOrganisationNeverTheDomain()
    {
        var guest = new RosterMember("29:1a2b3c-jan", "5f0c2d1e-8b7a-4c3d-9e2f-1a2b3c4d5e6f", "Jan Bakker", UserPrincipalName: "jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com");

        var reviewer = Assert.Single(ReviewerOrganisations.Reviewers([guest], NoneKnown));

        Assert.Equal("5f0c2d1e-8b7a-4c3d-9e2f-1a2b3c4d5e6f", reviewer.UserId);
        Assert.Null(reviewer.Organisation);
    }

    [Fact]
    public void Reviewers_GuestUpnOfColleague_TakesTheColleaguesOrganisation()
    {
        var anna = new RosterMember("29:1anna", null, "Anna de Wit (Welzijn Neder-Betuwe)", Email: "anna@welzijn-nb.nl");
        var jan = new RosterMember("29:1jan", null, "Jan Bakker", UserPrincipalName: "jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com");

        var reviewers = ReviewerOrganisations.Reviewers([jan, anna], NoneKnown);

        Assert.Equal("Welzijn Neder-Betuwe", reviewers[0].Organisation);
    }

    [Fact]
    public void Reviewers_PublicMailDomain_LinksNoColleagues()
    {
        var anna = new RosterMember("29:1anna", null, "Anna de Wit (Vrijwilligerscentrale)", Email: "anna.dewit@gmail.com");
        var piet = new RosterMember("29:1piet", null, "Piet Smit", Email: "p.smit@gmail.com");

        var reviewers = ReviewerOrganisations.Reviewers([anna, piet], NoneKnown);

        Assert.Null(reviewers[1].Organisation);
    }

    [Fact]
    public void Reviewers_NameWithOrganisationSuffix_KeepsTheNameWithoutIt()
    {
        var fatma = new RosterMember("29:1fatma", "0b7e9a52-3c1d-4e8f-a6b2-9d4c5e6f7a81", "Fatma Yilmaz (GGD Gelderland-Zuid)");

        var reviewer = Assert.Single(ReviewerOrganisations.Reviewers([fatma], NoneKnown));

        Assert.Equal("Fatma Yilmaz", reviewer.Name);
        Assert.Equal("GGD Gelderland-Zuid", reviewer.Organisation);
        Assert.Equal("Fatma Yilmaz (GGD Gelderland-Zuid)", reviewer.NameWithOrganisation());
    }

    [Fact]
    public void Reviewers_DisplayNameSuffix_WinsOverDomainAndNamesColleaguesOfSameDomain()
    {
        var anna = new RosterMember("29:anna", null, "Anna (Welzijn Neder-Betuwe)", Email: "anna@welzijn-nb.nl");
        var bram = new RosterMember("29:bram", null, "Bram", Email: "bram@welzijn-nb.nl");

        var reviewers = ReviewerOrganisations.Reviewers([bram, anna], NoneKnown);

        Assert.Equal(["Welzijn Neder-Betuwe", "Welzijn Neder-Betuwe"], reviewers.Select(r => r.Organisation));
    }

    [Fact]
    public void Reviewers_OrganisationSetInWerkgroep_WinsOverEverything()
    {
        var anna = new RosterMember("29:anna", "aad-anna", "Anna (Gast)", Email: "anna@gmail.com");

        var reviewer = Assert.Single(ReviewerOrganisations.Reviewers([anna], new Dictionary<string, string> { ["aad-anna"] = "Vrijwilligerscentrale" }));

        Assert.Equal("Vrijwilligerscentrale", reviewer.Organisation);
    }

    [Fact]
    public void Reviewers_NothingKnown_OrganisationNullAndDuplicatesOnce()
    {
        var member = new RosterMember("29:x", null, "X");

        var reviewer = Assert.Single(ReviewerOrganisations.Reviewers([member, member], NoneKnown));

        Assert.Null(reviewer.Organisation);
    }
}
