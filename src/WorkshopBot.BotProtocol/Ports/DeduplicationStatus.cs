namespace WorkshopBot.BotProtocol.Ports;

public enum DeduplicationStatus
{
    // This caller owns the activity and must handle it.
    Claimed,

    // Another delivery claimed it and has not finished (or finished without a stored response).
    InProgress,

    // Another delivery finished handling it; StoredResponse holds its invoke response, if any.
    Completed,
}
