namespace WorkshopBot.Cards.Views;

public enum NoteStatus
{
    Active,
    Merged,
    Moved,
    Promoted,
}
