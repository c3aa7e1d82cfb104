namespace WorkshopBot.Cards.Views;

public sealed record StepNoteCount(int Notes, int Authors);
