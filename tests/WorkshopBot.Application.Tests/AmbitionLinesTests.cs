using WorkshopBot.Application.Trajecten;
using WorkshopBot.Domain.Trajecten;
using Xunit;

namespace WorkshopBot.Application.Tests;

public sealed class AmbitionLinesTests
{
    [Fact]
    public void Parse_LinesAndDashes_AmbitionsWithSubGoals()
    {
        var ambitions = AmbitionLines.Parse("Ouderen wonen langer thuis\r\n- minder eenzaamheid\n  * meer mantelzorg\n\nIedereen doet mee\n-", []);

        Assert.Equal(["Ouderen wonen langer thuis", "Iedereen doet mee"], ambitions.Select(a => a.Text));
        Assert.Equal(["minder eenzaamheid", "meer mantelzorg"], ambitions[0].SubGoals.Select(g => g.Text));
        Assert.Equal(["amb-1", "amb-2"], ambitions.Select(a => a.Id));
        Assert.Equal(["amb-1-1", "amb-1-2"], ambitions[0].SubGoals.Select(g => g.Id));
    }

    [Fact]
    public void Parse_Edit_UnchangedTextKeepsItsIdNewOnesGetTheNextNumber()
    {
        Ambition[] existing = [new("amb-1", "Ouderen wonen langer thuis", [new SubGoal("amb-1-1", "minder eenzaamheid")]), new("amb-2", "Iedereen doet mee", [])];

        var ambitions = AmbitionLines.Parse("Mantelzorgers houden het vol\niedereen doet mee", existing);

        Assert.Equal(["amb-3", "amb-2"], ambitions.Select(a => a.Id));
    }

    [Fact]
    public void Format_ThenParse_GivesTheSameAmbitions()
    {
        Ambition[] existing = [new("amb-1", "Ouderen wonen langer thuis", [new SubGoal("amb-1-1", "minder eenzaamheid")])];

        var again = AmbitionLines.Parse(AmbitionLines.Format(existing), existing);

        Assert.Equal(existing[0].Id, again[0].Id);
        Assert.Equal(existing[0].SubGoals, again[0].SubGoals);
    }
}
