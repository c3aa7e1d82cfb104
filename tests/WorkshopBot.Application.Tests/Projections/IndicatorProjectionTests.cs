using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests.Projections;

public sealed class IndicatorProjectionTests
{
    [Fact]
    public void Of_LinkedIndicator_CarriesResultStatementProposerAndYesNoAnswers()
    {
        var anna = TestWorkshop.Participant(1);
        var werkgroep = TestWorkshop.Werkgroep()
            .ProposeResult(TestWorkshop.Moderator, "r-1", ResultLevel.Samenleving, new ResultDraft { Statement = "Minder eenzame ouderen" }, TestWorkshop.Now).Ok()
            .ProposeIndicator(anna, "i-1", 2, new Indicator
            {
                Name = "Percentage eenzame 65-plussers",
                ResultId = "r-1",
                ExistingRegistration = ExistingRegistration.Yes,
                Need = InformationNeed.NiceToKnow,
                Direction = IndicatorDirection.Down,
            }, TestWorkshop.Now).Ok();

        var projection = IndicatorProjection.Of(werkgroep, werkgroep.Indicators[0], Language.Dutch);

        Assert.Equal("Minder eenzame ouderen", projection.ResultText);
        Assert.Equal(new PersonProjection("Deelnemer 1", "Welzijn Rivierenland"), projection.ProposedBy);
        Assert.True(projection.ExistingRegistration);
        Assert.False(projection.NeedToKnow);
        Assert.Contains(projection.Coach.Criteria, c => c.Evidence.Contains("richting: dalen"));
    }
}
