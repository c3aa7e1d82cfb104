namespace WorkshopBot.Application.Commands;

// Proposes a new formal item from a form.
public sealed record ProposeItem(int Step, ItemDraft Draft) : WerkgroepCommand;
