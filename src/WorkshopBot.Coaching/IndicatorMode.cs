namespace WorkshopBot.Coaching;

/// <summary>Tellen (count: numbers) or vertellen (story: experiences, interviews, cases).</summary>
public enum IndicatorMode
{
    Unknown,
    Count,
    Story,
}
