namespace WorkshopBot.Storage;

// A table TableStorageInitializer creates at startup; register more with AddRequiredTable.
public sealed record RequiredTable(string BaseName);
