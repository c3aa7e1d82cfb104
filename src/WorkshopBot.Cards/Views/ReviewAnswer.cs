namespace WorkshopBot.Cards.Views;

public enum ReviewAnswer
{
    Akkoord,
    Vraag,
    Bezwaar,
}
