using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 8 of issue 15: a resident group the lexicon does not list is still found by its person ending, while
/// professionals, organisations and things with the same ending are not; and an inflected adjective ("gezonde")
/// no longer meets an outcome word ("gezond").
/// </summary>
public sealed class CoachPersonNounTests
{
    [Theory]
    [InlineData("Over twee jaar sporten 40% meer bouwvakkers wekelijks.", "bouwvakkers")]
    [InlineData("In 2028 voelt 60% van de stadsgenoten zich veilig in het park.", "stadsgenoten")]
    [InlineData("In 2027 hebben 30% minder dierenliefhebbers schulden bij de dierenarts.", "dierenliefhebbers")]
    [InlineData("Over drie jaar lezen 50 meer kampeerders de gemeentelijke informatie zelf.", "kampeerders")]
    [InlineData("In 2028 voelen 25% minder flatbewoners zich eenzaam.", "flatbewoners")]
    [InlineData("In 2027 komen 70% van de studiegezinnen beter rond.", "studiegezinnen")]
    [InlineData("Over twee jaar sport de helft van de meiden wekelijks bij een club.", "meiden")]
    [InlineData("In 2028 heeft 60% van de nieuwe Nederlanders een baan.", "nieuwe Nederlanders")]
    public void AssessResult_UnlistedResidentGroup_IsFoundAndNamed(string statement, string group)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains(group, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("In 2027 volgen 20 jongerenwerkers een training in gespreksvoering.")]
    [InlineData("Over twee jaar zijn vier extra medewerkers in dienst bij de toegang.")]
    [InlineData("In 2027 stemmen de zorgaanbieders hun aanbod op elkaar af.")]
    [InlineData("Werkgevers tekenen in 2027 een convenant met de gemeente.")]
    [InlineData("In 2026 hangen er 200 posters en liggen er 500 flyers in de bibliotheek.")]
    [InlineData("De wachtlijsten voor de schuldhulp zijn in 2027 korter dan vier weken.")]
    public void AssessResult_ProfessionalsOrThingsWithAPersonEnding_AreNoTargetGroup(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_ResidentsAfterALeadingViaPhrase_AreTheTargetGroup()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(
            "Via het buurtpension houden in 2027 honderd ouderen met beginnende dementie langer een vast dagritme."))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains("ouderen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessResult_AdjectiveGezondeBeforeANoun_IsNoOutcomeWord()
    {
        var concrete = Coach.Default.AssessResult(new ResultDraft("Gezonde leefstijl stimuleren bij inwoners van 40-65 jaar."))[CriterionIds.Concrete];
        var process = Coach.Default.AssessResult(new ResultDraft("Scholen bieden over twee jaar allemaal gezonde lunches aan."))[CriterionIds.ContentNotProcess];

        Assert.Equal(CriterionStatus.Failed, concrete.Status);
        Assert.Equal(CriterionStatus.Failed, process.Status);
    }

    [Fact]
    public void AssessResult_PastTenseBeforeANoun_StillMeetsItsVerb()
    {
        // "durfde" ends in -de like "gezonde" but follows a number, not a determiner: it stays a form of "durven".
        var verdict = Coach.Default.AssessResult(new ResultDraft(
            "In 2026 durfde al 55% van de slachtoffers van huiselijk geweld eerder hulp te zoeken."))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }
}
