namespace WorkshopBot.Storage;

// Base table names; TableClientProvider adds TableStorageOptions.TablePrefix.
public static class TableNames
{
    public const string Workshops = "Workshops";
    public const string ConversationIndex = "ConversationIndex";
    public const string TrajectWerkgroepen = "TrajectWerkgroepen";
    public const string UserWerkgroepen = "UserWerkgroepen";
}
