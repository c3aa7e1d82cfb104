using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

public sealed class CoachIndicatorTests
{
    [Theory]
    [InlineData("Percentage 75-plussers dat zich ernstig eenzaam voelt", IndicatorType.Outcome, IndicatorKind.Tellen)]
    [InlineData("Aantal koffieochtenden", IndicatorType.Output, IndicatorKind.Tellen)]
    [InlineData("Aantal deelnemers aan de cursus Valpreventie", IndicatorType.Output, IndicatorKind.Tellen)]
    [InlineData("Wachttijd tot het eerste gesprek bij schuldhulpverlening", IndicatorType.Proces, IndicatorKind.Tellen)]
    [InlineData("Aantal uren inzet buurtsportcoach", IndicatorType.Input, IndicatorKind.Tellen)]
    [InlineData("Ervaringsverhalen van mantelzorgers over hun belasting", IndicatorType.Outcome, IndicatorKind.Vertellen)]
    [InlineData("Interviews met statushouders over hun weg naar werk", IndicatorType.Outcome, IndicatorKind.Vertellen)]
    public void AssessIndicator_Name_ClassifiesTypeAndMode(string name, IndicatorType type, IndicatorKind mode)
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft(name));

        Assert.Equal(type, assessment.Type);
        Assert.Equal(mode, assessment.Mode);
        Assert.NotEmpty(assessment.TypeEvidence);
    }

    [Fact]
    public void AssessIndicator_NoWordsToGoOn_UsesTheDeclaredTypeAndMode()
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft("Indicator A", DeclaredType: IndicatorType.Outcome, DeclaredMode: IndicatorKind.Vertellen));

        Assert.Equal(IndicatorType.Outcome, assessment.Type);
        Assert.Equal(IndicatorKind.Vertellen, assessment.Mode);
    }

    [Fact]
    public void AssessIndicator_CompleteDefinitionSheet_HasNoOpenPoints()
    {
        var draft = new IndicatorDraft(
            "Percentage mantelzorgers dat zich zwaar belast voelt",
            Definition: "Aandeel mantelzorgers dat in de Gezondheidsmonitor aangeeft zich tamelijk zwaar tot overbelast te voelen.",
            DataSource: "GGD Gezondheidsmonitor",
            ExistingRegistration: true,
            Owner: "GGD",
            Frequency: "elke vier jaar",
            Baseline: "14%",
            Target: "10%",
            Direction: "omlaag",
            NeedToKnow: true);

        var assessment = Coach.Default.AssessIndicator(draft);

        Assert.Equal(0, assessment.OpenPoints);
    }

    [Fact]
    public void AssessIndicator_BareName_ListsWhatTheDefinitionSheetMisses()
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft("Aantal koffieochtenden"));

        Assert.Equal(
            [CriterionIds.Definition, CriterionIds.Source, CriterionIds.Owner, CriterionIds.Frequency, CriterionIds.Baseline, CriterionIds.Target, CriterionIds.NeedToKnow],
            assessment.Failed.Select(c => c.Id));
        Assert.Equal(CriterionStatus.NotApplicable, assessment[CriterionIds.ExistingSource].Status);
        Assert.Contains("outputindicator", assessment.Suggestion(Language.Dutch).Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AssessIndicator_StoryIndicator_DoesNotAskForUnitBaselineOrTarget()
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft("Ervaringsverhalen van mantelzorgers over hun belasting"));

        Assert.Equal(CriterionStatus.NotApplicable, assessment[CriterionIds.Unit].Status);
        Assert.Equal(CriterionStatus.NotApplicable, assessment[CriterionIds.Baseline].Status);
        Assert.Equal(CriterionStatus.NotApplicable, assessment[CriterionIds.Target].Status);
    }

    [Theory]
    [InlineData("Aandeel deelnemers dat minder stress ervaart, gemeten met een nieuwe vragenlijst na elke cursus.", null, CriterionStatus.Failed)]
    [InlineData("Aandeel 65-plussers dat zich eenzaam voelt volgens de Gezondheidsmonitor.", null, CriterionStatus.Passed)]
    [InlineData("Aandeel deelnemers dat minder stress ervaart.", false, CriterionStatus.Failed)]
    [InlineData("Aandeel deelnemers dat minder stress ervaart, uit onze vaste enquête.", null, CriterionStatus.Failed)]
    public void AssessIndicator_Source_FlagsNewRegistrationAsExtraBurden(string definition, bool? existing, CriterionStatus expected)
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft("Stress bij deelnemers", Definition: definition, ExistingRegistration: existing));

        Assert.Equal(expected, assessment[CriterionIds.ExistingSource].Status);
    }

    [Fact]
    public void AssessIndicator_NiceToKnow_PassesButAdvisesToDropIt()
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft("Aantal bezoekers van de website", NeedToKnow: false));

        var verdict = assessment[CriterionIds.NeedToKnow];
        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains("schrappen", verdict.Message(Language.Dutch), StringComparison.Ordinal);
    }

    [Fact]
    public void AssessIndicator_FrequencyAndOwnerInTheDefinition_CountAsEvidence()
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft(
            "Aantal gestarte trajecten",
            Definition: "Aantal jongeren dat een traject start, per kwartaal bijgehouden door het jongerenwerk in Regas."));

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.Frequency].Status);
        Assert.Contains("per kwartaal", assessment[CriterionIds.Frequency].Evidence);
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.Owner].Status);
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.ExistingSource].Status);
    }
}
