namespace WorkshopBot.Storage;

// Every table the app uses, by base name; TableClientProvider adds TableStorageOptions.TablePrefix.
public static class TableNames
{
    public const string Workshops = "Workshops";
    public const string ConversationIndex = "ConversationIndex";
    public const string TrajectWerkgroepen = "TrajectWerkgroepen";
    public const string UserWerkgroepen = "UserWerkgroepen";
    public const string ConversationReferences = "ConversationReferences";
    public const string ProcessedActivities = "ProcessedActivities";
    public const string ShareLinks = "ShareLinks";
    public const string RunningTimers = "RunningTimers";
    public const string SummaryReviews = "SummaryReviews";
    public const string Monitoring = "Monitoring";
}
