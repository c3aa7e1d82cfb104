using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using static WorkshopBot.Domain.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Domain.Tests.Monitoring;

public sealed class RegistrationBurdenTests
{
    private static readonly Indicator Wachttijd = new()
    {
        Id = "i-wacht",
        Name = "Wachttijd cliëntondersteuning",
        Frequency = "per maand",
        OwnerOrganisation = "MEE cliëntondersteuning",
        ExistingRegistration = ExistingRegistration.Unknown,
        Need = InformationNeed.NeedToKnow,
    };

    private static readonly Indicator[] All = [Eenzaamheid, Bereik, Ervaringen, Wachttijd];

    [Fact]
    public void PerOrganisation_CountsNewRegistrationsPerYear_ExistingOnesCostNothing()
    {
        var overview = RegistrationBurden.Of(All, [], NeedFilter.All);

        var mee = overview.Single(o => o.Organisation == "MEE cliëntondersteuning");
        var welzijn = overview.Single(o => o.Organisation == "Welzijn Neder-Betuwe");
        Assert.Equal(2, mee.NewRegistrations);
        Assert.Equal(12 + 2, mee.NewRegistrationsPerYear); // unknown counts as new: monthly + half-yearly
        Assert.Equal(1, welzijn.NewRegistrations);
        Assert.Equal(4, welzijn.NewRegistrationsPerYear); // quarterly new, monthly already registered
        Assert.Equal(0, welzijn.Lines.Single(l => l.IndicatorId == Bereik.Id).NewRegistrationsPerYear);
        Assert.Equal("MEE cliëntondersteuning", overview[0].Organisation); // heaviest burden first
    }

    [Fact]
    public void NeedToKnowFilter_LeavesOutNiceToKnow()
    {
        var overview = RegistrationBurden.Of(All, [], NeedFilter.NeedToKnowOnly);

        Assert.DoesNotContain(overview.SelectMany(o => o.Lines), l => l.IndicatorId == Ervaringen.Id);
        Assert.Equal(12, overview.Single(o => o.Organisation == "MEE cliëntondersteuning").NewRegistrationsPerYear);
    }

    [Fact]
    public void TheDataOwnersOrganisation_WinsOverTheDefinitionSheet()
    {
        var owner = new DataOwner(Wachttijd.Id, Jan.UserId, Jan.DisplayName, "Welzijn Neder-Betuwe", null, new DateOnly(2026, 1, 1), Now);

        var overview = RegistrationBurden.Of(All, [owner], NeedFilter.All);

        var line = overview.SelectMany(o => o.Lines).Single(l => l.IndicatorId == Wachttijd.Id);
        Assert.Equal("Welzijn Neder-Betuwe", line.Organisation);
        Assert.Equal(Jan.DisplayName, line.OwnerName);
    }
}
