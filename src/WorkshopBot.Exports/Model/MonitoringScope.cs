namespace WorkshopBot.Exports.Model;

// Which indicators a monitoring export includes: all of them, or only the need-to-know ones.
public enum MonitoringScope
{
    All,
    NeedToKnow,
}
