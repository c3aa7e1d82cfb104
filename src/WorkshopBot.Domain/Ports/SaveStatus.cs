namespace WorkshopBot.Domain.Ports;

public enum SaveStatus
{
    Saved,

    // The ETag no longer matches (someone else saved first, or the row is gone): reload and re-apply.
    ConcurrencyConflict,

    // An insert found the aggregate id, or the conversation already bound to another aggregate.
    AlreadyExists,
}
