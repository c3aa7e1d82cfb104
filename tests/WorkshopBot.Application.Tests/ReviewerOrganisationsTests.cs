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
    public void Reviewers_GuestWithoutSuffix_OrganisationFromHomeDomain()
    {
        var guest = new RosterMember("29:jan", "aad-jan", "Jan", UserPrincipalName: "jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com");

        var reviewer = Assert.Single(ReviewerOrganisations.Reviewers([guest], NoneKnown));

        Assert.Equal("aad-jan", reviewer.UserId);
        Assert.Equal("welzijn-nb.nl", reviewer.Organisation);
    }

    [Fact]
    public void Reviewers_MailPreferredOverGuestUpn()
    {
        var guest = new RosterMember("29:jan", null, "Jan", Email: "jan@welzijn-nb.nl", UserPrincipalName: "jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com");

        var reviewer = Assert.Single(ReviewerOrganisations.Reviewers([guest], NoneKnown));

        Assert.Equal("welzijn-nb.nl", reviewer.Organisation);
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
