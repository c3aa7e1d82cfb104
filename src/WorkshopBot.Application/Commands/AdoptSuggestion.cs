namespace WorkshopBot.Application.Commands;

// Replaces a result's statement with the coach's suggested formulation (an ordinary edit).
public sealed record AdoptSuggestion(string ItemId, int ExpectedVersion) : WerkgroepCommand;
