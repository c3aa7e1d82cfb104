namespace WorkshopBot.Domain.Summaries;

// akkoord / vraag / bezwaar: the three answers a partner gives on a summary.
public enum ReviewAnswer
{
    Akkoord,
    Vraag,
    Bezwaar,
}
