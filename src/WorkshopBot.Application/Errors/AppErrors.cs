using WorkshopBot.Domain;

namespace WorkshopBot.Application.Errors;

// Refusals the application makes before the domain is asked. Codes are in DomainErrorCodes, the one list.
public static class AppErrors
{
    public static DomainError NoWerkgroep { get; } = new(DomainErrorCodes.NoWerkgroep, "No werkgroep is bound to this conversation.");

    public static DomainError NoTraject { get; } = new(DomainErrorCodes.NoTraject, "No traject belongs to this conversation.");

    public static DomainError WrongWerkgroep { get; } = new(DomainErrorCodes.WrongWerkgroep, "The action belongs to another werkgroep, conversation or tenant.");

    public static DomainError UnknownVerb { get; } = new(DomainErrorCodes.UnknownVerb, "Unknown verb or malformed data.");

    public static DomainError MissingItemKind { get; } = new(DomainErrorCodes.MissingItemKind, "The card does not say which kind of item it is.");

    public static DomainError MissingPromoteKind { get; } = new(DomainErrorCodes.MissingPromoteKind, "No kind chosen for the promoted note.");

    public static DomainError ItemTextRequired { get; } = new(DomainErrorCodes.ItemTextRequired, "The item form has no text or name.");

    public static DomainError NameRequired { get; } = new(DomainErrorCodes.NameRequired, "A traject or werkgroep needs a name.");

    public static DomainError RemovedMember(string userId) =>
        new(DomainErrorCodes.RemovedMember, $"User {userId} was removed from the werkgroep.") { TargetId = userId };

    public static DomainError ItemNotFound(string itemId) =>
        new(DomainErrorCodes.NotFound, $"Item '{itemId}' was not found.") { TargetId = itemId };

    // The edit form of a vastgesteld item, asked for by someone who is not a moderator (the domain refuses
    // the edit itself with the same code).
    public static DomainError ItemVastgesteld(string itemId) =>
        new(DomainErrorCodes.ItemVastgesteld, $"Item '{itemId}' is vastgesteld; only a moderator can change it.") { TargetId = itemId };

    public static DomainError NoteNotFound(string noteId) =>
        new(DomainErrorCodes.NotFound, $"Note '{noteId}' was not found.") { TargetId = noteId };

    public static DomainError NoCoachSuggestion(string itemId) =>
        new(DomainErrorCodes.NoCoachSuggestion, "The coach has no suggestion for this result.") { TargetId = itemId };
}
