using WorkshopBot.Domain.Items;
using Xunit;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class ResultLevelsTests
{
    [Theory]
    [InlineData(5, ResultLevel.Voorziening)]
    [InlineData(2, ResultLevel.Samenleving)]
    [InlineData(3, ResultLevel.Samenleving)]
    public void ForStep_Step_GivesLevel(int step, ResultLevel expected)
    {
        Assert.Equal(expected, ResultLevels.ForStep(step));
    }

    [Fact]
    public void StepOf_EachLevel_IsTheStepItsResultsAreWrittenIn()
    {
        Assert.Equal(5, ResultLevels.StepOf(ResultLevel.Voorziening));
        Assert.Equal(2, ResultLevels.StepOf(ResultLevel.Samenleving));
    }

    [Theory]
    [InlineData(2, FormalItemKind.Result)]
    [InlineData(3, FormalItemKind.Activity)]
    [InlineData(4, FormalItemKind.QualityAgreement)]
    [InlineData(5, FormalItemKind.Result)]
    public void FormalItemKinds_ForStep_IsWhatTheStepProduces(int step, FormalItemKind expected)
    {
        Assert.Equal(expected, FormalItemKinds.ForStep(step));
    }
}
