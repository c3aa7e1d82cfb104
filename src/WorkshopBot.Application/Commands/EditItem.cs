namespace WorkshopBot.Application.Commands;

// Edits a formal item; ExpectedVersion is the version the form showed, so a stale form never overwrites.
public sealed record EditItem(string ItemId, int ExpectedVersion, ItemDraft Draft) : WerkgroepCommand;
