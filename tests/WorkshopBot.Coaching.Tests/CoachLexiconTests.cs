using Xunit;

namespace WorkshopBot.Coaching.Tests;

public sealed class CoachLexiconTests
{
    [Fact]
    public void Default_LoadsEveryKnownListFromTheEmbeddedFiles()
    {
        var lexicon = CoachLexicon.Default;

        Assert.All(LexiconLists.All, name => Assert.NotEmpty(lexicon.Entries(name)));
        Assert.Contains("mantelzorgers", lexicon.Entries(LexiconLists.TargetGroups));
    }

    [Fact]
    public void Extend_NewTargetGroup_IsRecognisedByACoachBuiltOnIt()
    {
        const string statement = "Over drie jaar voelen minder bejaarden zich eenzaam.";
        Assert.Equal(CriterionStatus.Failed, Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.TargetGroup].Status);

        var lexicon = CoachLexicon.Default.Extend("""{ "targetGroups": ["bejaarden"] }""", "extra.json");
        var verdict = new Coach(lexicon).AssessResult(new ResultDraft(statement))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains("bejaarden", verdict.Evidence);
        Assert.DoesNotContain("bejaarden", CoachLexicon.Default.Entries(LexiconLists.TargetGroups));
    }

    [Fact]
    public void Extend_Remove_TakesAnEntryOut()
    {
        var lexicon = CoachLexicon.Default.Extend("""{ "remove": { "vagueVerbs": ["versterken"] } }""", "minder-streng.json");

        var verdict = new Coach(lexicon).AssessResult(new ResultDraft("De positie van inwoners versterken in de wijk."))[CriterionIds.Concrete];

        Assert.DoesNotContain("versterken", lexicon.Entries(LexiconLists.VagueVerbs));
        Assert.DoesNotContain("versterken", verdict.Evidence);
    }

    [Fact]
    public void Extend_UnknownList_ThrowsNamingTheFileAndTheList()
    {
        var ex = Assert.Throws<InvalidDataException>(() => CoachLexicon.Default.Extend("""{ "doelgroepen": ["x"] }""", "typo.json"));

        Assert.Contains("typo.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("doelgroepen", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["a"]""")]
    [InlineData("""{ "targetGroups": "inwoners" }""")]
    [InlineData("""{ "targetGroups": [""] }""")]
    public void Extend_MalformedFile_ThrowsInvalidData(string json)
    {
        Assert.Throws<InvalidDataException>(() => CoachLexicon.Default.Extend(json, "bad.json"));
    }
}
