using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 11 of issue 15, results: a count or share of residents with a perfect or state verb of a change
/// ("zijn … uitgestroomd", "is … schuldvrij"), an amount of money the residents have or save (but not one they receive),
/// a budget set aside (a precondition), partners as the subject of an inverted clause (process) and a deadline for the
/// first contact (timeliness, process — not a count of conversations). Every verdict names its words.
/// </summary>
public sealed class CoachStateAndMoneyTests
{
    private static CriterionVerdict Verdict(string statement, string criterion) =>
        Coach.Default.AssessResult(new ResultDraft(statement))[criterion];

    [Theory]
    [InlineData("In 2028 is 70% van de vroegtijdig schoolverlaters in Weert teruggekeerd naar een opleiding.", "teruggekeerd")]
    [InlineData("Eind 2027 is de helft van de cliënten van de schuldhulp in Breda schuldvrij.", "schuldvrij")]
    [InlineData("In 2028 zijn 40 jongeren uit de verslavingszorg in Venlo een jaar na hun behandeling drugsvrij.", "drugsvrij")]
    [InlineData("Over twee jaar hebben 250 alleenstaande ouders in Hoorn elke maand minstens 50 euro over.", "50 euro")]
    [InlineData("In 2027 hebben 150 huishoudens in Oss een noodpot van 300 euro op hun rekening.", "300 euro")]
    public void AssessResult_ResidentsInANewStateOrWithTheirOwnMoney_IsAChangeWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement, CriterionIds.OutcomeNotOutput);

        CoachAssert.Verdict(CriterionStatus.Passed, evidence, verdict);
    }

    [Fact]
    public void AssessResult_MoneyResidentsReceive_StaysOutput()
    {
        var verdict = Verdict("In 2027 hebben 150 huishoudens in Oss een energietoeslag van 300 euro gekregen.", CriterionIds.OutcomeNotOutput);

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains("gekregen", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Voor 2028 is 800.000 euro begroot voor de aanpak van laaggeletterdheid in Zaanstad.", "begroot")]
    [InlineData("In 2028 nemen acht middelbare scholen in Roermond een rookvrij schoolplein op in hun schoolplan.", "scholen")]
    [InlineData("Vanaf 2027 krijgen ouders die zich melden bij het CJG binnen drie werkdagen een eerste afspraak.", "eerste afspraak")]
    public void AssessResult_BudgetPartnerOrFirstContactDeadline_IsProcessWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement, CriterionIds.ContentNotProcess);

        CoachAssert.Verdict(CriterionStatus.Failed, evidence, verdict);
    }

    [Fact]
    public void AssessResult_FirstContactDeadline_IsNoCountOfConversations()
    {
        var verdict = Verdict("Vanaf 2027 krijgen ouders die zich melden bij het CJG binnen drie werkdagen een eerste afspraak.", CriterionIds.OutcomeNotOutput);

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }
}
