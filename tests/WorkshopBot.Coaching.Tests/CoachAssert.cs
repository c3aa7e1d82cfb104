using Xunit;

namespace WorkshopBot.Coaching.Tests;

// The two things every rule test checks: the verdict, and that it names the words it rests on (the coach is
// explainable: each verdict shows its evidence).
internal static class CoachAssert
{
    public static void Verdict(CriterionStatus expected, string evidence, CriterionVerdict verdict)
    {
        Assert.Equal(expected, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains(evidence, StringComparison.OrdinalIgnoreCase));
    }

    public static void Type(string expected, string evidence, IndicatorAssessment indicator)
    {
        Assert.Equal(expected, indicator.TypeText);
        Assert.Contains(indicator.TypeEvidence, e => e.Contains(evidence, StringComparison.OrdinalIgnoreCase));
    }
}
