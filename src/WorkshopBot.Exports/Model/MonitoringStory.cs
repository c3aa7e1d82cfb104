namespace WorkshopBot.Exports.Model;

// A story (vertellen) for one period, from one perspective, without names or personal data of inwoners.
// Its text is only quoted in a report when the teller consented to quoting (ConsentToQuote).
public sealed record MonitoringStory(
    string PeriodLabel,
    DateOnly PeriodStart,
    StoryPerspective Perspective,
    string Theme,
    string Text,
    bool ConsentToQuote);
