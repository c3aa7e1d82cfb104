namespace WorkshopBot.Domain.Summaries;

// The parts of a summary a partner reviews, as the preview of a new version names them.
public enum SummaryItemKind
{
    Title,
    Result,
    Indicator,
    Activity,
    Agreement,
    OpenQuestion,
    Participant,
}
