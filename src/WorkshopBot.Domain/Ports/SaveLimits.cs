namespace WorkshopBot.Domain.Ports;

// A store saves an aggregate row and its audit events in one entity-group transaction, and Azure Table
// storage takes at most 100 operations per transaction
// (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
// One definition for the stores that enforce it and for WorkshopWriteOptions, which batches below it.
public static class SaveLimits
{
    public const int MaxTransactionOperations = 100;

    // The aggregate row takes one of the operations.
    public const int MaxEventsPerSave = MaxTransactionOperations - 1;
}
