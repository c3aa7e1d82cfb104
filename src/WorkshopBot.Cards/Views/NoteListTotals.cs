namespace WorkshopBot.Cards.Views;

// How many notes of the step the viewer may see, how many of those are their own and from how many people
// the visible ones are. The view factory counts them on the whole board and hands the card only the notes it
// can list (StepCardView.Notes), so building a card costs the same on a board of 50 notes or 5,000.
public sealed record NoteListTotals(int Visible, int Own, int VisibleAuthors);
