using System.Reflection;
using System.Text.RegularExpressions;
using WorkshopBot.Coaching.Localization;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Coaching.Tests.Localization;

public sealed class CoachTextTests
{
    private static readonly PropertyInfo[] Texts = typeof(CoachText)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string))
        .ToArray();

    public static TheoryData<Language> Languages => new() { Language.Dutch, Language.English };

    [Theory]
    [MemberData(nameof(Languages))]
    public void For_EveryLanguage_HasEveryTextFilledIn(Language language)
    {
        var table = CoachText.For(language);

        Assert.NotEmpty(Texts);
        Assert.All(Texts, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.GetValue(table)), $"{language} {p.Name} is empty"));
    }

    [Fact]
    public void For_DutchAndEnglish_FillTheSamePlaceholders()
    {
        Assert.All(Texts, p => Assert.Equal(
            Placeholders((string)p.GetValue(CoachText.Dutch)!),
            Placeholders((string)p.GetValue(CoachText.English)!)));
    }

    [Fact]
    public void AssessResult_EachLanguage_WordsEveryMessageInThatLanguage()
    {
        var drafts = new[]
        {
            new ResultDraft(string.Empty),
            new ResultDraft("Regie versterken."),
            new ResultDraft("Over drie jaar voelen minder 75-plussers in Kesteren zich eenzaam."),
            new ResultDraft("120 koffieochtenden en een betere samenwerking.", Horizon: "2027"),
        };

        foreach (var assessment in drafts.Select(Coach.Default.AssessResult))
        {
            AssertWordedPerLanguage(assessment.Criteria, assessment.Suggestion);
        }

        var regie = Coach.Default.AssessResult(drafts[1])[CriterionIds.TargetGroup];
        Assert.StartsWith("Noem voor welke inwoners", regie.Message(Language.Dutch), StringComparison.Ordinal);
        Assert.StartsWith("Say which residents", regie.Message(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void AssessIndicator_EachLanguage_WordsEveryMessageInThatLanguage()
    {
        var drafts = new[]
        {
            new IndicatorDraft("Aantal koffieochtenden"),
            new IndicatorDraft("Aantal uren inzet buurtsportcoach", Direction: "omhoog"),
            new IndicatorDraft("Ervaringsverhalen van mantelzorgers over hun belasting", NeedToKnow: false),
            new IndicatorDraft(
                "Percentage 75-plussers dat zich ernstig eenzaam voelt",
                Definition: "Aandeel 75-plussers dat in de Gezondheidsmonitor aangeeft zich ernstig eenzaam te voelen.",
                DataSource: "Gezondheidsmonitor",
                ExistingRegistration: true,
                Owner: "GGD",
                Frequency: "elke vier jaar",
                Baseline: "12%",
                Target: "9%",
                Direction: "omlaag",
                NeedToKnow: true),
        };

        foreach (var assessment in drafts.Select(Coach.Default.AssessIndicator))
        {
            AssertWordedPerLanguage(assessment.Criteria, assessment.Suggestion);
        }

        var output = Coach.Default.AssessIndicator(drafts[0]);
        Assert.StartsWith("Dit is een output-indicator.", output.Suggestion(Language.Dutch), StringComparison.Ordinal);
        Assert.StartsWith("This is an output indicator.", output.Suggestion(Language.English), StringComparison.Ordinal);
    }

    // Every message exists in both languages and neither falls back to the other's wording.
    private static void AssertWordedPerLanguage(IReadOnlyList<CriterionVerdict> criteria, Func<Language, string> suggestion)
    {
        Assert.All(criteria, c => Assert.NotEqual(c.Message(Language.Dutch), c.Message(Language.English)));
        Assert.NotEqual(suggestion(Language.Dutch), suggestion(Language.English));
    }

    private static string[] Placeholders(string text) =>
        [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
}
