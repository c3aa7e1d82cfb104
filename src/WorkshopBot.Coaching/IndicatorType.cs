namespace WorkshopBot.Coaching;

public enum IndicatorType
{
    Unknown,
    Input,
    Process,
    Output,
    Outcome,
}
